import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CommandPipeline,
  DomainRuleViolation,
  NotFoundError,
  RequestOptions,
  Sender,
  SentRequest,
} from '@samverkan/core';
import { randomUUID } from 'node:crypto';
import { ExistingTip, ImpulseCommand, impulseDecider, NoTip, tipDecider, tipStream } from '../domain';
import { impulseEndpoint } from './impulse.endpoint';
import {
  AddImpulseToTipRequest,
  CompileTipRequest,
  compiledTip,
  reportedImpulse,
  TipRequest,
  tipEndpoint,
} from './tip.endpoint';
import { tipIdFor } from './tips.ids';

/** What the bundling needs of the pipeline: the endpoints' way in, and the current state of a stream. */
export type BundlingPipeline = Pick<CommandPipeline, 'send' | 'load'>;

/** The requests of one bundling: each step its own command id derived from the caller's, caused by it. */
interface Steps {
  commandId: string;
  sender: Sender;
  id(name: string): string;
}

/**
 * Bundling touches two kinds of aggregate: each impulse guards "joins at most one tip", the tip
 * guards its own list. There is no atomic append across streams (EventStoreDB has none), so:
 * every rule is first checked by dry runs of `decide` on the current states, and nothing is
 * appended if any fails. Then the impulses join, one stream at a time, and the tip is written
 * last. Only if another officer wins a race in between does a join get undone by an explicit
 * ImpulseLeftTip, which the audit timeline shows with its cause.
 *
 * Every step is a request to the impulse's or the tip's endpoint under a command id derived from
 * the caller's, so a retry of the whole request replays each step instead of repeating it.
 */
@Injectable()
export class TipBundling {
  private readonly logger = new Logger(TipBundling.name);

  constructor(@Inject(CommandPipeline) private readonly pipeline: BundlingPipeline) {}

  /** Any tip request: those that move impulses span streams; the rest go straight to the tip. */
  send(request: TipRequest, sender: Sender, options: RequestOptions = {}): Promise<SentRequest> {
    switch (request.type) {
      case 'CompileTip':
        return this.compile(request, sender, options);
      case 'AddImpulseToTip':
        return this.add(request, sender, options);
      case 'RemoveImpulseFromTip':
        return this.remove(request, sender, options);
      default:
        return this.pipeline.send(tipEndpoint, request, sender, options);
    }
  }

  private async compile(request: CompileTipRequest, sender: Sender, options: RequestOptions): Promise<SentRequest> {
    const steps = stepsOf(sender, options);
    const tipId = tipIdFor(steps.commandId);
    const { impulseIds } = request.data;
    const impulses = await Promise.all(impulseIds.map((id) => reportedImpulse(this.pipeline, id)));
    const employer = impulses[0]?.employer.organisationNumber ?? '';
    const joins = impulseIds.map((impulseId): Omit<ImpulseCommand<'JoinTip'>, 'metadata'> => ({
      type: 'JoinTip',
      data: { impulseId, tipId, tipEmployer: employer },
    }));
    const tip = await this.pipeline.load(tipStream(tipId), tipDecider);
    // Dry runs: every rule of every aggregate, before anything is written.
    const metadata = { now: new Date() };
    joins.forEach((join, i) => impulseDecider.decide({ ...join, metadata }, impulses[i]));
    if (tip.revision < 0)
      tipDecider.decide({ type: 'CompileTip', data: compiledTip(tipId, request.data, impulses), metadata }, tip.state);

    const joined: string[] = [];
    try {
      for (const join of joins) {
        const sent = await this.pipeline.send(impulseEndpoint, join, steps.sender, {
          commandId: steps.id(`join:${join.data.impulseId}`),
        });
        if (sent.events.length > 0 && !sent.replayed) joined.push(join.data.impulseId);
      }
      return await this.pipeline.send(tipEndpoint, request, sender, {
        ...options,
        commandId: steps.commandId,
        expectedRevision: undefined,
      });
    } catch (error) {
      await this.release(joined, tipId, steps, error);
      throw error;
    }
  }

  private async add(request: AddImpulseToTipRequest, sender: Sender, options: RequestOptions): Promise<SentRequest> {
    const steps = stepsOf(sender, options);
    const { tipId, impulseId } = request.data;
    const [tip, impulse] = await Promise.all([
      this.pipeline.load(tipStream(tipId), tipDecider),
      reportedImpulse(this.pipeline, impulseId),
    ]);
    if (tip.revision < 0) throw new NotFoundError('Tip', tipId);
    const join: Omit<ImpulseCommand<'JoinTip'>, 'metadata'> = {
      type: 'JoinTip',
      data: { impulseId, tipId, tipEmployer: tipEmployer(tip.state) },
    };
    const metadata = { now: new Date() };
    tipDecider.decide(
      { ...request, data: { ...request.data, impulseEmployer: impulse.employer.organisationNumber }, metadata },
      tip.state,
    );
    impulseDecider.decide({ ...join, metadata }, impulse);

    const joined = await this.pipeline.send(impulseEndpoint, join, steps.sender, {
      commandId: steps.id(`join:${impulseId}`),
    });
    try {
      return await this.pipeline.send(tipEndpoint, request, sender, { ...options, commandId: steps.commandId });
    } catch (error) {
      if (joined.events.length > 0 && !joined.replayed) await this.release([impulseId], tipId, steps, error);
      throw error;
    }
  }

  private async remove(
    request: Extract<TipRequest, { type: 'RemoveImpulseFromTip' }>,
    sender: Sender,
    options: RequestOptions,
  ): Promise<SentRequest> {
    const steps = stepsOf(sender, options);
    const sent = await this.pipeline.send(tipEndpoint, request, sender, { ...options, commandId: steps.commandId });
    const { impulseId, tipId } = request.data;
    const leave: Omit<ImpulseCommand<'LeaveTip'>, 'metadata'> = {
      type: 'LeaveTip',
      data: { impulseId, tipId, why: 'Borttagen ur tipset av samverkansansvarig' },
    };
    await this.pipeline.send(impulseEndpoint, leave, steps.sender, { commandId: steps.id(`leave:${impulseId}`) });
    return sent;
  }

  /** Undoes the joins of a bundling that failed half-way; the error that stopped it stays the answer. */
  private async release(impulseIds: string[], tipId: string, steps: Steps, cause: unknown): Promise<void> {
    const code = cause instanceof DomainRuleViolation ? cause.code : (cause as Error).name;
    for (const impulseId of impulseIds) {
      const leave: Omit<ImpulseCommand<'LeaveTip'>, 'metadata'> = {
        type: 'LeaveTip',
        data: { impulseId, tipId, why: `Tipset kunde inte sparas (${code}); impulsen släpps` },
      };
      try {
        await this.pipeline.send(impulseEndpoint, leave, steps.sender, { commandId: steps.id(`release:${impulseId}`) });
      } catch (error) {
        this.logger.error({
          msg: 'could not release an impulse after a failed bundling',
          impulseId,
          tipId,
          err: error,
        });
      }
    }
  }
}

/** The caller's command id (minted here when it gave none, since the steps derive from it). */
function stepsOf(sender: Sender, options: RequestOptions): Steps {
  const commandId = options.commandId ?? randomUUID();
  return {
    commandId,
    sender: { ...sender, correlationId: sender.correlationId || commandId, causationId: commandId },
    id: (name) => `${commandId}:${name}`,
  };
}

function tipEmployer(state: ExistingTip | NoTip): string {
  return state.status === 'none' ? '' : state.employer.organisationNumber;
}
