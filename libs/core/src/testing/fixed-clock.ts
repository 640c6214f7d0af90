import { Command, CommandMetadata } from '../domain/decider';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` after `date` (YYYY-MM-DD), counted in whole days with no zone involved. */
function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Builds a command sent at `metadata`'s moment; its type is the one the caller returns or declares.
 * A reason of null or undefined is left out, as a client that sends none leaves it.
 */
export function commandsAt(metadata: CommandMetadata) {
  return <C extends Command>(type: C['type'], data: C['data'], reason?: string | null): C =>
    ({ type, data, metadata, ...(reason === null || reason === undefined ? {} : { reason }) }) as C;
}

/**
 * The one instant a module's decider fixtures run at, the command metadata carrying it, and
 * `commandOf` to build commands sent then. `today` is written out rather than derived from `now`, so
 * that a fixture near midnight still checks the Stockholm date the deciders compute instead of
 * repeating their computation.
 */
export function fixedClock(now: string, today: string) {
  const NOW = new Date(now);
  const metadata: CommandMetadata = { now: NOW };
  return {
    NOW,
    TODAY: today,
    TOMORROW: dayAfter(today, 1),
    YESTERDAY: dayAfter(today, -1),
    metadata,
    commandOf: commandsAt(metadata),
  };
}
