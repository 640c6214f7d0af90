import { Injectable, Logger } from '@nestjs/common';
import { CommandContext, CommandPipeline, CommandResult, DomainRuleViolation, entityIdFor, NotFoundError } from '@samverkan/core';
import {
  CompileTip,
  ReportedImpulse,
  ExistingTip,
  JoinTip,
  impulseDecider,
  impulseStream,
  tipDecider,
  tipStream,
} from '../domain';

/**
 * Bundling touches two kinds of aggregate: each impulse guards "joins at most one tip", the tip
 * guards its own list. There is no atomic append across streams (EventStoreDB has none), so:
 * every rule is first checked by dry runs of `decide` on the current states, and nothing is
 * appended if any fails. Then the impulses join, one stream at a time, and the tip is written
 * last. Only if another officer wins a race in between does a join get undone by an explicit
 * ImpulseLeftTip, which the audit timeline shows with its cause.
 *
 * Every step takes a command id derived from the caller's, so a retry of the whole command
 * replays each step instead of repeating it.
 */
@Injectable()
export class TipBundling {
  private readonly logger = new Logger(TipBundling.name);

  constructor(private readonly pipeline: CommandPipeline) {}

  async compile(impulseIds: string[], summary: string, now: Date, context: CommandContext): Promise<CommandResult> {
    // The tip id follows from the command id: a retry addresses the same tip.
    const tipId = entityIdFor(context.commandId);
    const impulses = await Promise.all(impulseIds.map((id) => this.impulse(id)));
    const first = impulses[0];
    const employer = first?.employer ?? { organisationNumber: '', name: '' };
    const compile: CompileTip = {
      type: 'CompileTip',
      data: {
        tipId,
        employer,
        region: first?.region ?? '',
        industry: first?.industry ?? '',
        impulseIds,
        impulseEmployers: Object.fromEntries(impulseIds.map((id, i) => [id, impulses[i].employer.organisationNumber])),
        summary,
      },
      metadata: { now },
    };
    const joins = impulseIds.map((impulseId) => this.joinCommand(impulseId, tipId, employer.organisationNumber, now));
    const tip = await this.pipeline.load(tipStream(tipId), tipDecider);
    // Dry runs: every rule of every aggregate, before anything is written.
    joins.forEach((join, i) => impulseDecider.decide(join, impulses[i]));
    if (tip.revision < 0) tipDecider.decide(compile, tip.state);

    const joined: string[] = [];
    try {
      for (const join of joins) {
        const result = await this.pipeline.execute(impulseStream(join.data.impulseId), impulseDecider, join, step(context, `join:${join.data.impulseId}`));
        if (result.events.length > 0 && !result.replayed) joined.push(join.data.impulseId);
      }
      return await this.pipeline.execute(tipStream(tipId), tipDecider, compile, { ...context, expectedRevision: undefined });
    } catch (error) {
      await this.release(joined, tipId, now, context, error);
      throw error;
    }
  }

  async add(tipId: string, impulseId: string, now: Date, context: CommandContext): Promise<CommandResult> {
    const [tip, impulse] = await Promise.all([this.pipeline.load(tipStream(tipId), tipDecider), this.impulse(impulseId)]);
    if (tip.revision < 0) throw new NotFoundError('Tip', tipId);
    const join = this.joinCommand(impulseId, tipId, tipEmployer(tip.state), now);
    const addition = {
      type: 'AddImpulseToTip' as const,
      data: { tipId, impulseId, impulseEmployer: impulse.employer.organisationNumber },
      metadata: { now },
    };
    tipDecider.decide(addition, tip.state);
    impulseDecider.decide(join, impulse);

    const result = await this.pipeline.execute(impulseStream(impulseId), impulseDecider, join, step(context, `join:${impulseId}`));
    try {
      return await this.pipeline.execute(tipStream(tipId), tipDecider, addition, context);
    } catch (error) {
      if (result.events.length > 0 && !result.replayed) await this.release([impulseId], tipId, now, context, error);
      throw error;
    }
  }

  async remove(tipId: string, impulseId: string, now: Date, context: CommandContext): Promise<CommandResult> {
    const removal = { type: 'RemoveImpulseFromTip' as const, data: { tipId, impulseId }, metadata: { now } };
    const result = await this.pipeline.execute(tipStream(tipId), tipDecider, removal, context);
    const leave = {
      type: 'LeaveTip' as const,
      data: { impulseId, tipId, why: 'Borttagen ur tipset av samverkansansvarig' },
      metadata: { now },
    };
    await this.pipeline.execute(impulseStream(impulseId), impulseDecider, leave, step(context, `leave:${impulseId}`));
    return result;
  }

  private async impulse(impulseId: string): Promise<ReportedImpulse> {
    const { state } = await this.pipeline.load(impulseStream(impulseId), impulseDecider);
    if (state.status === 'none') throw new NotFoundError('Impulse', impulseId);
    return state;
  }

  private joinCommand(impulseId: string, tipId: string, tipEmployerNumber: string, now: Date): JoinTip {
    return { type: 'JoinTip', data: { impulseId, tipId, tipEmployer: tipEmployerNumber }, metadata: { now } };
  }

  /** Undoes the joins of a bundling that failed half-way; the error that stopped it stays the answer. */
  private async release(impulseIds: string[], tipId: string, now: Date, context: CommandContext, cause: unknown): Promise<void> {
    const code = cause instanceof DomainRuleViolation ? cause.code : (cause as Error).name;
    for (const impulseId of impulseIds) {
      const leave = {
        type: 'LeaveTip' as const,
        data: { impulseId, tipId, why: `Tipset kunde inte sparas (${code}); impulsen släpps` },
        metadata: { now },
      };
      try {
        await this.pipeline.execute(impulseStream(impulseId), impulseDecider, leave, step(context, `release:${impulseId}`));
      } catch (error) {
        this.logger.error({ msg: 'could not release an impulse after a failed bundling', impulseId, tipId, err: error });
      }
    }
  }
}

/** A step of a command that spans streams: its own id, caused by the caller's command. */
function step(context: CommandContext, name: string): CommandContext {
  return { ...context, commandId: `${context.commandId}:${name}`, causationId: context.commandId, expectedRevision: undefined, correction: undefined };
}

function tipEmployer(state: ExistingTip | { status: 'none' }): string {
  return state.status === 'none' ? '' : state.employer.organisationNumber;
}
