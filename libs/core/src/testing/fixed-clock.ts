const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` after `date` (YYYY-MM-DD), counted in whole days with no zone involved. */
function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The one instant a module's decider fixtures run at, and the command metadata carrying it. `today`
 * is written out rather than derived from `now`, so that a fixture near midnight still checks the
 * Stockholm date the deciders compute instead of repeating their computation.
 */
export function fixedClock(now: string, today: string) {
  const NOW = new Date(now);
  return {
    NOW,
    TODAY: today,
    TOMORROW: dayAfter(today, 1),
    YESTERDAY: dayAfter(today, -1),
    metadata: { now: NOW },
  };
}
