import { calendarDate, DomainRuleViolation, isCalendarDate, pastOrToday, stockholmDate } from '@samverkan/core/domain';
import { IsoDate } from './dialogue.model';

export { calendarDate, isCalendarDate, pastOrToday, stockholmDate };

/** The rules shared by selections and dialogue meetings: ids, organisation numbers, years, dates and text. */

/** Longest trimmed text the dialogue module accepts, by kind of field. */
export const DIALOGUE_TEXT_LIMITS = { short: 200, long: 4000 } as const;

/** Years a selection may be made for. */
export const SELECTION_YEAR_RANGE = { min: 2000, max: 2100 } as const;

const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;

/** The normalised form only; the GraphQL edge normalises and verifies the check digit. */
export function isOrganisationNumber(value: string): boolean {
  return typeof value === 'string' && ORGANISATION_NUMBER.test(value);
}

/**
 * The area as part of a stream id: lower-case ASCII letters and digits joined by single dashes.
 * Diacritics go (å, ä → a; ö → o; é → e), so 'Västra Götaland' gives 'vastra-gotaland'.
 */
export function areaSlug(area: string): string {
  return (typeof area === 'string' ? area : '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One selection per area and year, so the same area and year always meet the same stream. */
export function selectionIdFor(area: string, year: number): string {
  return `${areaSlug(area)}_${year}`;
}

/**
 * An id becomes part of a stream name and is matched exactly, so it is never blank and never
 * padded: a trimmed copy in the event would name another stream than the one appended to.
 */
export function requiredId(value: string | undefined, field: string, details: Record<string, unknown> = {}): string {
  if (typeof value !== 'string' || !value.trim() || value.trim() !== value) {
    throw new DomainRuleViolation('INVALID_ID', `${field} must be a non-blank id without surrounding spaces`, {
      ...details,
      field,
      value: value ?? null,
    });
  }
  return value;
}

export function organisationNumber(value: string | undefined, details: Record<string, unknown> = {}): string {
  const number = typeof value === 'string' ? value.trim() : '';
  if (!isOrganisationNumber(number)) {
    throw new DomainRuleViolation('INVALID_ORGANISATION_NUMBER', 'An organisation number is written NNNNNN-NNNN', {
      ...details,
      organisationNumber: value ?? null,
    });
  }
  return number;
}

export function validYear(year: number, details: Record<string, unknown> = {}): number {
  const { min, max } = SELECTION_YEAR_RANGE;
  if (!Number.isInteger(year) || year < min || year > max) {
    throw new DomainRuleViolation('INVALID_YEAR', `A year is between ${min} and ${max}`, { ...details, year: year ?? null });
  }
  return year;
}

/** `date` on or after `earliest`, else `code`; both are already checked calendar dates. */
export function notBefore(
  date: IsoDate,
  earliest: IsoDate,
  code: string,
  field: string,
  details: Record<string, unknown> = {},
): IsoDate {
  if (date < earliest) {
    throw new DomainRuleViolation(code, `${field} ${date} is before ${earliest}`, { ...details, field, date, earliest });
  }
  return date;
}

export interface TextRule {
  /** The code for missing or blank text; INVALID_TEXT unless the rule has its own. */
  code?: string;
  max?: number;
  details?: Record<string, unknown>;
}

/** The trimmed text; blank gives the rule's code, too long gives INVALID_TEXT, both naming the field. */
export function requiredText(value: string | undefined, field: string, rule: TextRule = {}): string {
  const { code = 'INVALID_TEXT', max = DIALOGUE_TEXT_LIMITS.short, details = {} } = rule;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new DomainRuleViolation(code, `${field} must not be blank`, { ...details, field });
  if (text.length > max) {
    throw new DomainRuleViolation('INVALID_TEXT', `${field} is longer than ${max} characters`, {
      ...details,
      field,
      max,
      length: text.length,
    });
  }
  return text;
}

/** A reason is what an auditor reads: required for decisions. */
export function requiredReason(value: string | undefined, details: Record<string, unknown> = {}): string {
  return requiredText(value, 'reason', { code: 'REASON_REQUIRED', max: DIALOGUE_TEXT_LIMITS.long, details });
}

/** A code from a closed list; GraphQL enums keep clients inside it, this keeps the store clean. */
export function oneOf<T extends string>(value: T, allowed: readonly T[], field: string, details: Record<string, unknown> = {}): T {
  if (!allowed.includes(value)) {
    throw new DomainRuleViolation('INVALID_CHOICE', `${field} must be one of ${allowed.join(', ')}`, {
      ...details,
      field,
      value: value ?? null,
      allowed: [...allowed],
    });
  }
  return value;
}

/** Own keys only: an organisation number or outcome id must never find `constructor`. */
export function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
