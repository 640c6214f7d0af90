import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { reportingModuleEvents } from '../reporting-events';
import {
  monthDecider,
  MonthFacts,
  ParticipantMonthReported,
  PreviousMonth,
  ReportParticipantMonth,
} from './participant-month';

const now = new Date('2025-04-01T08:00:00Z');
const facts = (month: string, contentHash = 'h1'): MonthFacts => ({
  month,
  contentHash,
  position: '10',
  positionSpace: 'sqlite',
  activities: 2,
  participants: 17,
});
const report = (
  month: string,
  previous: PreviousMonth | null,
  options: { contentHash?: string; at?: Date } = {},
): ReportParticipantMonth => ({
  type: 'ReportParticipantMonth',
  data: { ...facts(month, options.contentHash), previous },
  metadata: { now: options.at ?? now },
  reason: 'Månadsrapport',
});
const reported = (
  month: string,
  follows: string | null,
  rereport = false,
  contentHash = 'h1',
): ParticipantMonthReported => ({
  type: 'ParticipantMonthReported',
  data: { ...facts(month, contentHash), follows, rereport },
});
const upToDate = (month: string, reportId = 'report-prev'): PreviousMonth => ({
  month,
  reportId,
  needsRereport: false,
});
const spec = deciderSpecification(monthDecider);

describe('Reporting a month of participants', () => {
  describe('the order rule', () => {
    it("reports the project's first month without a month before it", () =>
      spec
        .given([])
        .when(report('2024-05', null))
        .then([reported('2024-05', null)]));
    it('reports a month whose month before is reported and up to date, following that report', () =>
      spec
        .given([])
        .when(report('2025-03', upToDate('2025-02')))
        .then([reported('2025-03', 'report-prev')]));
    it('refuses a month whose month before was never reported', () =>
      spec
        .given([])
        .when(report('2025-03', { month: '2025-02', reportId: null, needsRereport: false }))
        .thenThrows('PREVIOUS_MONTH_NOT_REPORTED'));
    it('refuses a month whose month before needs re-reporting', () =>
      spec
        .given([])
        .when(report('2025-03', { month: '2025-02', reportId: 'r', needsRereport: true }))
        .thenThrows('PREVIOUS_MONTH_NEEDS_REREPORT'));
    it('refuses a month that is not over (Stockholm time)', () => {
      spec
        .given([])
        .when(report('2025-03', upToDate('2025-02'), { at: new Date('2025-03-31T21:59:59Z') }))
        .thenThrows('MONTH_NOT_ENDED');
      spec
        .given([])
        .when(report('2025-03', upToDate('2025-02'), { at: new Date('2025-03-31T22:00:00Z') }))
        .then([reported('2025-03', 'report-prev')]);
    });
    it('refuses months outside the project and malformed months', () => {
      spec.given([]).when(report('2024-04', null)).thenThrows('MONTH_BEFORE_PROJECT');
      spec
        .given([])
        .when(report('2027-05', upToDate('2027-04'), { at: new Date('2028-01-01') }))
        .thenThrows('MONTH_AFTER_PROJECT');
      spec.given([]).when(report('2025-13', null)).thenThrows('MONTH_INVALID');
    });
  });

  describe('the re-report rule', () => {
    it('refuses a month reported before that has not changed since', () =>
      spec
        .given([reported('2025-03', 'report-prev')])
        .when(report('2025-03', upToDate('2025-02')))
        .thenThrows('MONTH_ALREADY_REPORTED'));
    it('re-reports a month whose rows changed (a correction)', () =>
      spec
        .given([reported('2025-03', 'report-prev')])
        .when(report('2025-03', upToDate('2025-02'), { contentHash: 'h2' }))
        .then([reported('2025-03', 'report-prev', true, 'h2')]));
    it('re-reports an unchanged month whose month before was reported again since', () =>
      spec
        .given([reported('2025-03', 'report-prev')])
        .when(report('2025-03', upToDate('2025-02', 'report-prev-again')))
        .then([reported('2025-03', 'report-prev-again', true)]));
  });

  it('is a decision of the reporting module', () => {
    const definition = reportingModuleEvents.definitions.ParticipantMonthReported;
    expect(definition.kind).toBe('decision');
    expect(definition.summary(reported('2025-03', null, true).data)).toBe(
      'Deltagare för 2025-03 rapporterades på nytt till ESF (2 aktiviteter, 17 deltagare)',
    );
  });
});
