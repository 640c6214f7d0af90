import type { ParticipantMonthReported } from './participant-month';
import { FIRST_MONTH, monthsBetween } from './months';

export type MonthStatus = 'UNREPORTED' | 'REPORTED' | 'NEEDS_REREPORT';
/** CHANGED: the month's own rows differ from what was reported; EARLIER_MONTH: a month before it changed or was re-reported. */
export type RereportCause = 'CHANGED' | 'EARLIER_MONTH';

/** A month's latest report as stored. */
export interface MonthReport {
  eventId: string;
  position: bigint;
  data: ParticipantMonthReported['data'];
  /** How many times the month has been reported. */
  reports: number;
}

export interface MonthStanding {
  month: string;
  status: MonthStatus;
  because: RereportCause | null;
  report: MonthReport | null;
}

/**
 * Each month's standing, in order from the project's first month: a reported month needs
 * re-reporting when its rows now hash differently, when the month before needs re-reporting, or
 * when the month before was reported again after it (its report no longer follows the latest one).
 */
export function monthStandings(
  upTo: string,
  reports: ReadonlyMap<string, MonthReport>,
  currentHash: (month: string) => string,
): MonthStanding[] {
  const standings: MonthStanding[] = [];
  let previous: MonthStanding | null = null;
  for (const month of monthsBetween(FIRST_MONTH, upTo)) {
    const report = reports.get(month) ?? null;
    let standing: MonthStanding;
    if (!report) standing = { month, status: 'UNREPORTED', because: null, report };
    else if (report.data.contentHash !== currentHash(month))
      standing = { month, status: 'NEEDS_REREPORT', because: 'CHANGED', report };
    else if (previous && (previous.status !== 'REPORTED' || previous.report?.eventId !== report.data.follows)) {
      standing = { month, status: 'NEEDS_REREPORT', because: 'EARLIER_MONTH', report };
    } else standing = { month, status: 'REPORTED', because: null, report };
    standings.push(standing);
    previous = standing;
  }
  return standings;
}
