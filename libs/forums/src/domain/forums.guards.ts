import { isCalendarDate, requiredText } from '@samverkan/core/domain';

import { IsoDate, Term } from './forums.model';

/** The rules shared by forums, meetings and joint actions: dates, terms, text and codes. */

/** Longest trimmed text the forums accept, by kind of field. */
export const FORUM_TEXT_LIMITS = { short: 200, long: 4000, minutes: 20_000 } as const;

/** Capacities a steering group may decide: at least one seat, and a room, not a conference. */
export const FORUM_CAPACITY_RANGE = { min: 1, max: 200 } as const;

/** Years a meeting may be planned for. */
export const MEETING_YEAR_RANGE = { min: 2000, max: 2100 } as const;

const FORUM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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

/** The shape of an SNI 2007 code: a division, then up to three digits (`86`, `86.1`, `86.101`). */
export function isSniCode(value: string): boolean {
  return typeof value === 'string' && SNI_CODE.test(value);
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
