import { stockholmDate } from './calendar';

const DAY_MS = 86_400_000;

/**
 * Whole days from the day a fact happened to the day it was recorded, both as Swedes count days.
 * Counted on dates, so a fact known only to the day is not late for the hours since midnight.
 */
export function daysLate(occurredDate: string, recordedAt: Date): number {
  const recorded = Date.parse(`${stockholmDate(recordedAt)}T00:00:00Z`);
  const occurred = Date.parse(`${occurredDate}T00:00:00Z`);
  return Math.max(0, Math.round((recorded - occurred) / DAY_MS));
}

/** A late entry: recorded more than `thresholdDays` days after it happened (LATE_ENTRY_DAYS). */
export function isLateEntry(occurredDate: string, recordedAt: Date, thresholdDays: number): boolean {
  return daysLate(occurredDate, recordedAt) > thresholdDays;
}
