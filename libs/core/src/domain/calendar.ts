/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one); no Date object, so no clock or zone. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

const STOCKHOLM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Since 1980 Sweden keeps CET and CEST: whole hours, so its midnight falls on a UTC hour. */
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1980, 0, 1);

interface UtcDay {
  date: string;
  next: string;
  /** The UTC hour from which it is already the next day in Stockholm: 22 in summer time, 23 in winter. */
  nextFrom: number;
}

const utcDays = new Map<number, UtcDay>();

function formatted(now: Date): string {
  const parts = Object.fromEntries(STOCKHOLM_DATE.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function utcDay(day: number): UtcDay {
  let known = utcDays.get(day);
  if (known) return known;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  const next = new Date((day + 1) * DAY_MS).toISOString().slice(0, 10);
  // The zone's rules say once per day where its midnight falls; a DST change happens at 01:00 UTC,
  // so by 22:00 UTC the day's evening offset holds.
  const nextFrom = formatted(new Date(day * DAY_MS + 22 * HOUR_MS)) === date ? 23 : 22;
  if (utcDays.size >= 4096) utcDays.clear();
  utcDays.set(day, (known = { date, next, nextFrom }));
  return known;
}

/**
 * The calendar date in Sweden at `now`: what "today" means to the people who record the dates.
 * The time zone database is asked once per UTC day, not per call: a rebuild reads the date of
 * every event, and formatting one costs more than the rest of its timeline row.
 */
export function stockholmDate(now: Date): string {
  const ms = now.getTime();
  if (!(ms >= WHOLE_HOUR_OFFSETS_FROM)) return formatted(now);
  const day = Math.floor(ms / DAY_MS);
  const { date, next, nextFrom } = utcDay(day);
  return ms - day * DAY_MS >= nextFrom * HOUR_MS ? next : date;
}
