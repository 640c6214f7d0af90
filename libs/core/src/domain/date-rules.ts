import { CORE_RULES } from '../errors/core.rules';
import { isCalendarDate, stockholmDate } from './calendar';

/** Date checks every module's commands share, with the same codes everywhere. */

/** The trimmed date, after checking it is a real date (INVALID_DATE). `field` names the command field. */
export function calendarDate(value: string | undefined, field: string, details: Record<string, unknown> = {}): string {
  const date = typeof value === 'string' ? value.trim() : '';
  if (!isCalendarDate(date)) {
    throw CORE_RULES.violation('INVALID_DATE', `${field} must be a real date written YYYY-MM-DD`, {
      ...details,
      field,
      value: value ?? null,
    });
  }
  return date;
}

/** The trimmed date, after checking it is a real date and not after today in Stockholm (DATE_IN_FUTURE). */
export function pastOrToday(
  value: string | undefined,
  field: string,
  now: Date,
  details: Record<string, unknown> = {},
): string {
  const date = calendarDate(value, field, details);
  const today = stockholmDate(now);
  if (date > today) {
    throw CORE_RULES.violation('DATE_IN_FUTURE', `${field} ${date} is after today (${today})`, {
      ...details,
      field,
      value: date,
      today,
    });
  }
  return date;
}
