import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, EVENT_STORE, EventCatalog, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { FIRST_MONTH, isMonth, previousMonth } from './months';
import { monthDecider, monthStream, PreviousMonth } from './participant-month';
import { participantMonthsUpTo } from './participant-months';

export class ReportParticipantMonthCommand {
  constructor(
    readonly month: string,
    readonly reason: string,
    readonly now: Date,
    readonly context: CommandContext,
  ) {}
}

/**
 * Reads the months up to this one as they stand now (the month's rows and fingerprint, the month
 * before's latest report and standing) and lets the month's decider judge the report.
 */
@CommandHandler(ReportParticipantMonthCommand)
export class ReportParticipantMonthHandler implements ICommandHandler<ReportParticipantMonthCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
  ) {}

  async execute({ month, reason, now, context }: ReportParticipantMonthCommand): Promise<CommandResult> {
    const inProject = isMonth(month) && month >= FIRST_MONTH;
    const { position, months } = inProject
      ? await participantMonthsUpTo({ store: this.store, catalog: this.catalog, persons: this.persons }, month)
      : { position: null, months: [] };
    const current = months.at(-1);
    const before = months.at(-2);
    const previous: PreviousMonth | null = inProject && month > FIRST_MONTH
      ? { month: previousMonth(month), reportId: before?.report?.eventId ?? null, needsRereport: before?.status === 'NEEDS_REREPORT' }
      : null;
    const participants = current?.activities.reduce((n, a) => n + a.participants.total, 0) ?? 0;
    return this.pipeline.execute(
      monthStream(month),
      monthDecider,
      {
        type: 'ReportParticipantMonth',
        data: {
          month, contentHash: current?.contentHash ?? '', position: position?.toString() ?? null, positionSpace: this.store.positionSpace,
          activities: current?.activities.length ?? 0, participants, previous,
        },
        metadata: { now },
        reason,
      },
      context,
    );
  }
}
