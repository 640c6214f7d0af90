import { DomainRuleViolation, RuleCode } from '@samverkan/core/domain';
import { IsoDate } from './tips.model';

/** The rules shared by impulses and tips beyond the core's: dates in order, and text with the rule's own message. */

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
