import { calendarDate, DomainRuleViolation, isCalendarDate, pastOrToday, stockholmDate } from '@samverkan/core/domain';

export { stockholmDate };
import { IsoDate, Term } from './forums.model';

/** The rules shared by forums, meetings and joint actions: dates, terms, text and codes. */

/** Longest trimmed text the forums accept, by kind of field. */
export const FORUM_TEXT_LIMITS = { short: 200, long: 4000, minutes: 20_000 } as const;

/** Capacities a steering group may decide: at least one seat, and a room, not a conference. */
export const FORUM_CAPACITY_RANGE = { min: 1, max: 200 } as const;

/** Years a meeting may be planned for. */
export const MEETING_YEAR_RANGE = { min: 2000, max: 2100 } as const;

const FORUM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;
const SNI_CODE = /^\d{2}(\.\d{1,3})?$/;

/** VT runs 1 January – 30 June, HT 1 July – 31 December. */
export function termOf(date: IsoDate): Term {
  return date.slice(5, 7) <= '06' ? 'VT' : 'HT';
}

export function isInTerm(date: IsoDate, term: Term, year: number): boolean {
  return isCalendarDate(date) && Number(date.slice(0, 4)) === year && termOf(date) === term;
}

/** Lower-case words joined by single dashes: it becomes part of the stream name `forum-<id>`. */
export function isForumId(value: string): boolean {
  return typeof value === 'string' && FORUM_ID.test(value);
}

/** The normalised form only; the GraphQL edge normalises and verifies the check digit. */
export function isOrganisationNumber(value: string): boolean {
  return typeof value === 'string' && ORGANISATION_NUMBER.test(value);
}

/** The shape of an SNI 2007 code: a division, then up to three digits (`86`, `86.1`, `86.101`). */
export function isSniCode(value: string): boolean {
  return typeof value === 'string' && SNI_CODE.test(value);
}

export { calendarDate, pastOrToday };

export interface TextRule {
  /** The code for missing or blank text; INVALID_TEXT unless the rule has its own. */
  code?: string;
  max?: number;
  details?: Record<string, unknown>;
}

/** The trimmed text; blank gives the rule's code, too long gives INVALID_TEXT, both naming the field. */
export function requiredText(value: string | undefined, field: string, rule: TextRule = {}): string {
  const { code = 'INVALID_TEXT', max = FORUM_TEXT_LIMITS.short, details = {} } = rule;
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

/** A reason is what an auditor reads: required for decisions and departures. */
export function requiredReason(value: string | undefined, details: Record<string, unknown> = {}): string {
  return requiredText(value, 'reason', { code: 'REASON_REQUIRED', max: FORUM_TEXT_LIMITS.long, details });
}

/** The trimmed text, or undefined when it is missing or blank (so an event can omit the field). */
export function optionalText(
  value: string | undefined,
  field: string,
  max: number = FORUM_TEXT_LIMITS.long,
): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? requiredText(text, field, { max }) : undefined;
}

/** A code from a closed list; GraphQL enums keep clients inside it, this keeps the store clean. */
export function oneOf<T extends string>(value: T, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value)) {
    throw new DomainRuleViolation('INVALID_CHOICE', `${field} must be one of ${allowed.join(', ')}`, {
      field,
      value: value ?? null,
      allowed: [...allowed],
    });
  }
  return value;
}

/** Own keys only: an organisation number or person id must never find `constructor`. */
export function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
