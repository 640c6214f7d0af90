import { CORE_RULES } from '../errors/core.rules';
import { DomainRuleViolation } from '../errors/domain-errors';
import type { RuleCode } from '../errors/rules';

/** Text and identifier checks every module's commands share, with the same codes everywhere. */

/** Longest trimmed text accepted: names and titles (short), descriptions and reasons (long). */
export const TEXT_LIMITS = { short: 200, long: 4000 } as const;

/**
 * An id becomes part of a stream name and is matched exactly, so it is never blank and never
 * padded: a trimmed copy in the event would name another stream than the one appended to.
 */
export function requiredId(value: string | undefined, field: string, details: Record<string, unknown> = {}): string {
  if (typeof value !== 'string' || !value.trim() || value.trim() !== value) {
    throw CORE_RULES.violation('INVALID_ID', `${field} must be a non-blank id without surrounding spaces`, {
      ...details,
      field,
      value: value ?? null,
    });
  }
  return value;
}

/** `date` on or after `earliest`, else `code`; both are already checked calendar dates. */
export function notBefore(
  date: string,
  earliest: string,
  code: RuleCode,
  field: string,
  details: Record<string, unknown> = {},
): string {
  if (date < earliest) {
    throw new DomainRuleViolation(code, `${field} ${date} is before ${earliest}`, {
      ...details,
      field,
      date,
      earliest,
    });
  }
  return date;
}

export interface TextRule {
  /** The code for missing or blank text; INVALID_TEXT unless the rule has its own. */
  code?: RuleCode;
  max?: number;
  details?: Record<string, unknown>;
}

/** The trimmed text; blank gives the rule's code, too long gives INVALID_TEXT, both naming the field. */
export function requiredText(value: string | undefined, field: string, rule: TextRule = {}): string {
  const { code = CORE_RULES.code('INVALID_TEXT'), max = TEXT_LIMITS.short, details = {} } = rule;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new DomainRuleViolation(code, `${field} must not be blank`, { ...details, field });
  if (text.length > max) {
    throw CORE_RULES.violation('INVALID_TEXT', `${field} is longer than ${max} characters`, {
      ...details,
      field,
      max,
      length: text.length,
    });
  }
  return text;
}

/** A reason is what an auditor reads: required for decisions and corrections (REASON_REQUIRED). */
export function requiredReason(value: string | undefined, details: Record<string, unknown> = {}): string {
  return requiredText(value, 'reason', { code: CORE_RULES.code('REASON_REQUIRED'), max: TEXT_LIMITS.long, details });
}

/** Years the modules plan for. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function validYear(year: number, details: Record<string, unknown> = {}): number {
  const { min, max } = YEAR_RANGE;
  if (!Number.isInteger(year) || year < min || year > max) {
    throw CORE_RULES.violation('INVALID_YEAR', `A year is between ${min} and ${max}`, {
      ...details,
      year: year ?? null,
    });
  }
  return year;
}

/** A code from a closed list; GraphQL enums keep clients inside it, this keeps the store clean. */
export function oneOf<T extends string>(
  value: T,
  allowed: readonly T[],
  field: string,
  details: Record<string, unknown> = {},
): T {
  if (!allowed.includes(value)) {
    throw CORE_RULES.violation('INVALID_CHOICE', `${field} must be one of ${allowed.join(', ')}`, {
      ...details,
      field,
      value: value ?? null,
      allowed: [...allowed],
    });
  }
  return value;
}

/** Own keys only: a code or id used as a record key must never find `constructor`. */
export function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
