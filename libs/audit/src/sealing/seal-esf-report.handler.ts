import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, EVENT_STORE, EventCatalog, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { esfReportHash } from '../esf/esf-content';
import { buildEsfReport } from '../esf/esf-report';
import { ESF_REPORT_FORMAT } from '../esf/report-format';
import { headsAt } from '../integrity/digest';
import { SealFacts, sealDecider, sealStream } from './esf-seal';
import { AUDIT_RULES } from '../audit.rules';

export class SealEsfReportCommand {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly reason: string,
    readonly now: Date,
    readonly context: CommandContext,
  ) {}
}

/**
 * Builds the report at the store's head, fingerprints its rows, takes the integrity root over every
 * stream head at that position, and records them as a decision. The seal's id is the command id,
 * so a retry with the same command id replays the first seal.
 */
@CommandHandler(SealEsfReportCommand)
export class SealEsfReportHandler implements ICommandHandler<SealEsfReportCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
  ) {}

  async execute({ from, to, reason, now, context }: SealEsfReportCommand): Promise<CommandResult> {
    const stream = sealStream(context.commandId);
    const facts = (await this.store.readStream(stream, { maxCount: 1 })).length > 0 ? this.unused(context.commandId, from, to) : await this.facts(context.commandId, from, to);
    return this.pipeline.execute(stream, sealDecider, { type: 'SealEsfReport', data: facts, metadata: { now }, reason }, context);
  }

  private async facts(sealId: string, from: string, to: string): Promise<SealFacts> {
    const position = await this.store.headPosition();
    if (position === null || from > to) return this.unused(sealId, from, to);
    const report = await buildEsfReport({ store: this.store, catalog: this.catalog, persons: this.persons }, { from, to }, { upTo: position });
    const integrity = await headsAt(this.store, position);
    if (integrity.firstBroken) {
      const b = integrity.firstBroken;
      throw AUDIT_RULES.violation('TRAIL_BROKEN', `The trail fails verification (${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'}): a seal must not bless damage`);
    }
    return {
      sealId, from, to, position: position.toString(), positionSpace: this.store.positionSpace,
      contentHash: esfReportHash(report), integrityRoot: integrity.root, streams: integrity.heads.length,
      activities: report.activities.length, decisions: report.decisions.length, reportFormat: ESF_REPORT_FORMAT,
    };
  }

  /** Facts for a command the decider will refuse or the pipeline replay: nothing is read. */
  private unused(sealId: string, from: string, to: string): SealFacts {
    return { sealId, from, to, position: null, positionSpace: this.store.positionSpace, contentHash: '', integrityRoot: '', streams: 0, activities: 0, decisions: 0, reportFormat: ESF_REPORT_FORMAT };
  }
}
