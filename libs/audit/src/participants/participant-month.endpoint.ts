import { commandEndpoint, Prepared } from '@samverkan/core';
import type { TrailReading } from '../sealing/seal.endpoint';
import { FIRST_MONTH, isMonth, previousMonth } from './months';
import { monthDecider, monthStream, PreviousMonth, ReportParticipantMonth } from './participant-month';
import { participantMonthsUpTo } from './participant-months';

/** A month's report names the month; its rows, fingerprint and the month before are read from the trail. */
export type ParticipantMonthRequest = Omit<ReportParticipantMonth, 'metadata' | 'data'> & { data: { month: string } };

/**
 * The monthly report's way in: reads the months up to this one as they stand now (the month's rows
 * and fingerprint, the month before's latest report and standing) and lets the month's decider
 * judge the report. Without a reason of its own, the report says what it is.
 */
export function participantMonthEndpoint(trail: TrailReading) {
  return commandEndpoint({
    name: 'participantMonth',
    decider: monthDecider,
    streamOf: (command: ReportParticipantMonth) => monthStream(command.data.month),
    async prepare(request: ParticipantMonthRequest, tools): Promise<Prepared<ReportParticipantMonth>> {
      const { month } = request.data;
      const inProject = isMonth(month) && month >= FIRST_MONTH;
      const { position, months } = inProject
        ? await participantMonthsUpTo(trail, month)
        : { position: null, months: [] };
      const current = months.at(-1);
      const before = months.at(-2);
      const previous: PreviousMonth | null =
        inProject && month > FIRST_MONTH
          ? {
              month: previousMonth(month),
              reportId: before?.report?.eventId ?? null,
              needsRereport: before?.status === 'NEEDS_REREPORT',
            }
          : null;
      const data = {
        month,
        contentHash: current?.contentHash ?? '',
        position: position?.toString() ?? null,
        positionSpace: trail.store.positionSpace,
        activities: current?.activities.length ?? 0,
        participants: current?.activities.reduce((n, a) => n + a.participants.total, 0) ?? 0,
        previous,
      };
      const reason = request.reason?.trim() || `Månadsrapportering av deltagare för ${month}`;
      return { command: { ...request, data, reason, metadata: tools.metadata } };
    },
  });
}
