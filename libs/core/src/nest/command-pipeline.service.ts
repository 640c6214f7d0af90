import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventStore } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { ShuttingDownError } from '../errors/access-errors';
import { Environment } from '../config/environment';
import { Command, Decider, DomainEvent } from '../domain/decider';
import { CommandContext, CommandResult, handleCommand } from '../pipeline/handle-command';
import { writeNamedPeople } from '../personal-data/named-people';
import { PersonDirectory } from '../personal-data/person-directory';
import { LoadedState, loadState } from '../pipeline/load-state';
import { ProjectionRunner } from '../projections/projection-runner';
import { ENVIRONMENT, EVENT_STORE } from './tokens';

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

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly runner: ProjectionRunner,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly persons: PersonDirectory,
  ) {}

  async execute<C extends Command, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
  ): Promise<CommandResult> {
    if (this.closing) throw new ShuttingDownError();
    this.inFlight++;
    try {
      const result = await handleCommand({ store: this.store, catalog: this.catalog }, stream, decider, command, context);
      // After the append, so a refused command leaves no name behind; also on a replay, so a retry
      // after a crash between the append and this write still names them. Before the wait, whose
      // timeout reports a write that did succeed.
      const named = writeNamedPeople(this.persons, context.people, result.events);
      this.logger.log({
        msg: 'command handled', commandType: command.type, stream, revision: result.revision, correlationId: context.correlationId, replayed: result.replayed,
        ...(named ? { peopleNamed: named } : {}),
      });
      await this.runner.waitFor(result.position, this.env.PROJECTION_WAIT_TIMEOUT_MS);
      return result;
    } finally {
      if (--this.inFlight === 0) this.idle.splice(0).forEach((resolve) => resolve());
    }
  }

  /** The current state of one entity, for checks that span aggregates. */
  load<E extends DomainEvent, S>(
    stream: string,
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
  ): Promise<LoadedState<S>> {
    return loadState({ store: this.store, catalog: this.catalog }, stream, decider);
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
