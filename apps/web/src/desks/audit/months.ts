/** Momentum's reporting months (ESF+): May 2024 to April 2027. */
export const FIRST_MONTH = '2024-05';
export const LAST_MONTH = '2027-04';

const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** The last month to list: this month (not over yet, so shown but not reportable), within the project. */
export function lastListedMonth(today = new Date()): string {
  const now = monthOf(today);
  return now < FIRST_MONTH ? FIRST_MONTH : now > LAST_MONTH ? LAST_MONTH : now;
}

interface MonthStatus {
  month: string;
  status: string;
  ended: boolean;
}

/**
 * The month to report next, in order: the first over month that is not reported or needs
 * re-reporting, provided every month before it is reported and up to date (which the order
 * guarantees). Null where every over month is reported.
 */
export function nextToReport(months: readonly MonthStatus[]): string | null {
  const next = [...months].sort((a, b) => (a.month < b.month ? -1 : 1)).find((m) => m.status !== 'REPORTED');
  return next && next.ended ? next.month : null;
}

/** A day either side of the month: the timeline's bounds, which the Swedish date then narrows. */
export function monthWindow(month: string): { occurredFrom: string; occurredTo: string } {
  const [y, m] = month.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, 1) - 86_400_000);
  const to = new Date(Date.UTC(y, m, 1) + 86_400_000);
  return { occurredFrom: from.toISOString(), occurredTo: to.toISOString() };
}

/**
 * Why a month needs re-reporting because an earlier one changed: the earliest month before it that
 * changed itself, or was reported again after this month's own report.
 */
export function earlierCause(
  months: ReadonlyArray<{ month: string; because?: string | null; report?: { position: string } | null }>,
  month: string,
): string | null {
  const own = months.find((m) => m.month === month)?.report?.position;
  const earlier = months
    .filter((m) => m.month < month)
    .find(
      (m) =>
        m.because === 'CHANGED' ||
        (own !== undefined && m.report !== null && m.report !== undefined && BigInt(m.report.position) > BigInt(own)),
    );
  return earlier?.month ?? null;
}
