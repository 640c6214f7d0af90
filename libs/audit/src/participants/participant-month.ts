import { Command, DomainEvent, EventDefinitions } from '@samverkan/core/domain';
import { auditDecider } from '../audit-decider';
import { FIRST_MONTH, hasEnded, isMonth, LAST_MONTH } from './months';
import { AUDIT_RULES } from '../audit.rules';

/**
 * A month's participant report to ESF+ is a decision in the month's own stream
 * (participantMonth-<YYYY-MM>). Months are reported in order; each report names the report of the
 * month before it that it follows, so re-reporting an earlier month leaves every later one behind
 * until it too is reported again. The endpoint reads the month before; the decider keeps the rules.
 */

export interface PreviousMonth {
  month: string;
  /** Event id of its latest report, or null when it was never reported. */
  reportId: string | null;
  needsRereport: boolean;
}

export interface MonthFacts {
  month: string;
  /** sha256 of the month's activity rows (names left out), as of `position`. */
  contentHash: string;
  position: string | null;
  positionSpace: string;
  activities: number;
  participants: number;
}

export type ReportParticipantMonth = Command<'ReportParticipantMonth', MonthFacts & { previous: PreviousMonth | null }>;
export type ParticipantMonthReported = DomainEvent<
  'ParticipantMonthReported',
  MonthFacts & { follows: string | null; rereport: boolean }
>;

export interface MonthState {
  reports: number;
  last: ParticipantMonthReported['data'] | null;
}

export const monthStream = (month: string) => `participantMonth-${month}`;

// The report is made now; the month it reports on is its subject, not its time.
export const monthDecider = auditDecider<ReportParticipantMonth, ParticipantMonthReported, MonthState>({
  command: 'ReportParticipantMonth',
  event: 'ParticipantMonthReported',
  initialState: () => ({ reports: 0, last: null }),
  decide(command, state) {
    const { previous, ...facts } = command.data;
    const { month } = facts;
    if (!isMonth(month)) throw AUDIT_RULES.violation('MONTH_INVALID', `${month} is not a month written YYYY-MM`);
    if (month < FIRST_MONTH)
      throw AUDIT_RULES.violation('MONTH_BEFORE_PROJECT', `Momentum reports from ${FIRST_MONTH}`, { month });
    if (month > LAST_MONTH)
      throw AUDIT_RULES.violation('MONTH_AFTER_PROJECT', `Momentum reports up to ${LAST_MONTH}`, { month });
    if (!hasEnded(month, command.metadata.now)) {
      throw AUDIT_RULES.violation(
        'MONTH_NOT_ENDED',
        `${month} is not over yet: a month is reported once it has ended`,
        { month },
      );
    }
    if (month > FIRST_MONTH) {
      if (!previous?.reportId)
        throw AUDIT_RULES.violation(
          'PREVIOUS_MONTH_NOT_REPORTED',
          `Report ${previous?.month ?? 'the month before'} first: months are reported in order`,
          { month },
        );
      if (previous.needsRereport) {
        throw AUDIT_RULES.violation(
          'PREVIOUS_MONTH_NEEDS_REREPORT',
          `Report ${previous.month} again first: it needs re-reporting`,
          { month: previous.month },
        );
      }
    }
    const follows = previous?.reportId ?? null;
    if (state.last && state.last.contentHash === facts.contentHash && state.last.follows === follows) {
      throw AUDIT_RULES.violation('MONTH_ALREADY_REPORTED', `${month} was reported and has not changed since`, {
        month,
      });
    }
    return [{ type: 'ParticipantMonthReported', data: { ...facts, follows, rereport: state.reports > 0 } }];
  },
  evolve: (state, event) => ({ reports: state.reports + 1, last: event.data }),
});

export const monthDefinitions: EventDefinitions<ParticipantMonthReported> = {
  ParticipantMonthReported: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) =>
      `Deltagare för ${d.month} ${d.rereport ? 'rapporterades på nytt' : 'rapporterades'} till ESF (${d.activities} aktiviteter, ${d.participants} deltagare)`,
  },
};
