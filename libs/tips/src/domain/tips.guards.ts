import { CORE_RULES, DomainRuleViolation, isCalendarDate, RuleCode, stockholmDate } from '@samverkan/core/domain';

export { stockholmDate };
import { IsoDate } from './tips.model';

/** The rules shared by impulses and tips: dates written YYYY-MM-DD, not in the future, and text. */

/**
 * The trimmed date, after checking it is a real date and not after today in Stockholm.
 * `field` names the command field, so a client can point at it.
 */
export function pastOrToday(
  value: string | undefined,
  field: string,
  now: Date,
  details: Record<string, unknown> = {},
): IsoDate {
  const date = typeof value === 'string' ? value.trim() : '';
  if (!isCalendarDate(date)) {
    throw CORE_RULES.violation('INVALID_DATE', `${field} must be a real date written YYYY-MM-DD`, {
      ...details,
      field,
      value: value ?? null,
    });
  }
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

/** Rejects a date before an earlier fact of the same entity (both already checked dates). */
export function assertNotBefore(
  date: IsoDate,
  earliest: IsoDate | undefined,
  code: RuleCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  if (earliest !== undefined && date < earliest) {
    throw new DomainRuleViolation(code, message, { ...details, date, earliest });
  }
}

/** The trimmed text, or the rule's code when it is missing or blank. */
export function requiredText(
  value: string | undefined,
  code: RuleCode,
  message: string,
  details: Record<string, unknown> = {},
): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new DomainRuleViolation(code, message, details);
  return text;
}

/** The trimmed text, or undefined when it is missing or blank (so an event can omit the field). */
export function optionalText(value: string | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}
