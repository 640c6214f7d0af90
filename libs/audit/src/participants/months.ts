import { stockholmDate } from '@samverkan/core/domain';

/** Calendar months written YYYY-MM, and the months Momentum reports participants for. */

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Momentum runs 1 May 2024 – 30 April 2027: its first and last reporting months. */
export const FIRST_MONTH = '2024-05';
export const LAST_MONTH = '2027-04';

export function isMonth(value: string): boolean {
  return MONTH.test(value ?? '');
}

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

/** The month's first and last calendar days. */
export function daysOf(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month is over in Sweden at `now`. */
export function hasEnded(month: string, now: Date): boolean {
  return stockholmDate(now).slice(0, 7) > month;
}
