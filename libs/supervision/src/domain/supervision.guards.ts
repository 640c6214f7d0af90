import { calendarDate, DomainRuleViolation, isCalendarDate, pastOrToday, stockholmDate } from '@samverkan/core/domain';
import { IsoDate, Period, SupervisionSector, YearSectors } from './supervision.model';

export { stockholmDate };

/** The rules shared by campaigns, inspections and eligibility: ids, dates, periods and text. */

/** Longest trimmed text supervision accepts, by kind of field. */
export const SUPERVISION_TEXT_LIMITS = { short: 200, long: 4000 } as const;

const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;

/** The normalised form only; the GraphQL edge normalises and verifies the check digit. */
export function isOrganisationNumber(value: string): boolean {
  return typeof value === 'string' && ORGANISATION_NUMBER.test(value);
}

/** Both ends included. */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  return isCalendarDate(date) && date >= period.from && date <= period.to;
}

/** The calendar years a period touches, e.g. 2025 and 2026 for May 2025 – May 2026. */
export function yearsOf(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The sectors a campaign aims at in the year of `date`; none when the year is not planned. */
export function sectorsOn(sectorsByYear: readonly YearSectors[], date: IsoDate): SupervisionSector[] {
  return sectorsByYear.find((entry) => entry.year === yearOf(date))?.sectors ?? [];
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

export { calendarDate, pastOrToday };

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
  const { code = 'INVALID_TEXT', max = SUPERVISION_TEXT_LIMITS.short, details = {} } = rule;
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
  return requiredText(value, 'reason', { code: 'REASON_REQUIRED', max: SUPERVISION_TEXT_LIMITS.long, details });
}

/** The trimmed text, or undefined when it is missing or blank (so an event can omit the field). */
export function optionalText(value: string | undefined, field: string, details: Record<string, unknown> = {}): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? requiredText(text, field, { details }) : undefined;
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

/** At least one person id (else `missingCode`), each a valid id; repeated ids count once. */
export function personIds(
  values: readonly string[] | undefined,
  field: string,
  missingCode: string,
  details: Record<string, unknown> = {},
): string[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new DomainRuleViolation(missingCode, `${field} must name at least one person`, { ...details, field });
  }
  const ids = values.map((value, index) => requiredId(value, field, { ...details, index }));
  return [...new Set(ids)];
}
