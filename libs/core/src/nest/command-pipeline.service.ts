import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventStore } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { ShuttingDownError } from '../errors/access-errors';
import { Environment } from '../config/environment';
import { Command, Decider, DomainEvent } from '../domain/decider';
import { CommandContext, CommandResult } from '../pipeline/handle-command';
import { PersonDirectory } from '../personal-data/person-directory';
import { LoadedState, loadState } from '../pipeline/load-state';
import { FoldedStreams } from '../pipeline/folded-streams';
import { ProjectionRunner } from '../projections/projection-runner';
import { CommandEndpoint, PrepareTools, RequestOptions, Sender } from '../endpoint/command-endpoint';
import { SentRequest, sendRequest } from '../endpoint/send-request';
import { ENVIRONMENT, EVENT_STORE } from './tokens';
import { outcomeOf } from './command-outcome';
import { WorkspaceMetrics } from './workspace-metrics';

/**
 * The one path every command takes: decide and append, write the people it names, then wait until
 * the read models have caught up with the append (read-your-writes). Tracks in-flight commands for
 * graceful shutdown.
 */
@Injectable()
export class CommandPipeline {
  private readonly logger = new Logger(CommandPipeline.name);
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private closing = false;
  /** Entities as the last command left them: a command reads only what was appended since. */
  private readonly folded = new FoldedStreams();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly runner: ProjectionRunner,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly persons: PersonDirectory,
    private readonly metrics: WorkspaceMetrics = new WorkspaceMetrics(),
  ) {}

  /**
   * Sends a request through its aggregate's endpoint: the way every mutation, seed and process
   * manager changes anything. Returns once the read models have caught up with the append.
   */
  async send<R, C extends Command, E extends DomainEvent, S>(
    endpoint: CommandEndpoint<R, C, E, S>,
    request: R,
    sender: Sender,
    options: RequestOptions = {},
  ): Promise<SentRequest> {
    return this.tracked(() => {
      // Counted by the command's type once prepared; a request refused before that, by its endpoint.
      const label = { command: endpoint.name };
      const observed: CommandEndpoint<R, C, E, S> = Object.assign(Object.create(endpoint) as typeof endpoint, {
        async prepare(this: typeof endpoint, input: R, tools: PrepareTools) {
          const prepared = await endpoint.prepare.call(this, input, tools);
          label.command = prepared.command.type;
          return prepared;
        },
      });
      return this.measured(label, () => this.sendNow(observed, request, sender, options));
    });
  }

  private async sendNow<R, C extends Command, E extends DomainEvent, S>(
    endpoint: CommandEndpoint<R, C, E, S>,
    request: R,
    sender: Sender,
    options: RequestOptions,
  ): Promise<SentRequest> {
    const sent = await sendRequest(
      { store: this.store, catalog: this.catalog, persons: this.persons, env: this.env, folded: this.folded },
      endpoint,
      request,
      sender,
      options,
    );
    this.logger.log({
      msg: 'command handled',
      endpoint: endpoint.name,
      stream: sent.stream,
      revision: sent.revision,
      correlationId: sender.correlationId,
      replayed: sent.replayed,
      ...(sent.peopleNamed ? { peopleNamed: sent.peopleNamed } : {}),
    });
    // Before the wait, whose timeout reports a write that did succeed.
    await this.runner.waitFor(sent.position, this.env.PROJECTION_WAIT_TIMEOUT_MS);
    return sent;
  }

  /** Counts the command for /metrics by its endpoint's name and how it ended: never by who or what it named. */
  private async measured<T>(label: { command: string }, work: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await work();
      this.metrics.command(label.command, 'landed', seconds());
      return result;
    } catch (error) {
      const { outcome, code } = outcomeOf(error);
      this.metrics.command(label.command, outcome, seconds(), code);
      if (code === 'STORE_UNAVAILABLE') this.metrics.storeErrors.inc();
      throw error;
    }
  }

  /**
   * A decider command built elsewhere: for the core's own tests of the pipeline; modules send
   * requests. It goes the same way, through an endpoint whose prepare hands back the command.
   */
  async execute<C extends Command, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
  ): Promise<CommandResult> {
    const endpoint = {
      name: command.type,
      decider,
      streamOf: () => stream,
      prepare: () => ({ command, people: context.people }),
    };
    const sender = {
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.causationId,
      forums: [],
    };
    const { commandId, expectedRevision, correction } = context;
    return this.send(endpoint, undefined, sender, { commandId, expectedRevision, correction });
  }

  private async tracked<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) throw new ShuttingDownError();
    this.inFlight++;
    try {
      return await work();
    } finally {
      if (--this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
    }
  }

  /** The current state of one entity, for checks that span aggregates. */
  load<E extends DomainEvent, S>(
    stream: string,
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  ): Promise<LoadedState<S>> {
    return loadState({ store: this.store, catalog: this.catalog, folded: this.folded }, stream, decider);
  }

  /** Refuses new commands and waits (up to the timeout) for the ones in flight. */
  async drain(timeoutMs: number): Promise<void> {
    this.closing = true;
    if (this.inFlight === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => this.idle.push(resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }
}
