import { KNOWLEDGE_RULES } from './knowledge.rules';
import { isCalendarDate, shapedText } from '@samverkan/core/domain';
import { IsoDate, Term } from './knowledge.model';

/** The rules shared by the group and its items: terms, links, organisation codes, years, choices. */

/** Longest trimmed text the knowledge module accepts, by kind of field. */
export const KNOWLEDGE_TEXT_LIMITS = { short: 200, long: 4000 } as const;

/** Years a group meeting may be planned for. */
export const MEETING_YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** VT: 1 January – 30 June; HT: 1 July – 31 December. `date` is a checked calendar date. */
export function termOf(date: IsoDate): Term {
  return Number(date.slice(5, 7)) <= 6 ? 'VT' : 'HT';
}

/** The first and last day of a term. */
export function termDates(term: Term, year: number): { from: IsoDate; to: IsoDate } {
  return term === 'VT'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

export function isInTerm(date: IsoDate, term: Term, year: number): boolean {
  return isCalendarDate(date) && Number(date.slice(0, 4)) === year && termOf(date) === term;
}

/** `date` inside `term` of `year`, else MEETING_OUTSIDE_TERM; `date` is already a checked calendar date. */
export function insideTerm(
  date: IsoDate,
  term: Term,
  year: number,
  field: string,
  details: Record<string, unknown> = {},
): IsoDate {
  if (!isInTerm(date, term, year)) {
    const { from, to } = termDates(term, year);
    throw KNOWLEDGE_RULES.violation(
      'MEETING_OUTSIDE_TERM',
      `${field} ${date} is not inside ${term} ${year} (${from} – ${to})`,
      {
        ...details,
        field,
        date,
        term,
        year,
      },
    );
  }
  return date;
}

const LINK = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

export function isLink(value: string): boolean {
  return typeof value === 'string' && LINK.test(value);
}

/** The trimmed link, after checking it is an http(s) URL (INVALID_LINK). */
export function validLink(value: string | undefined, details: Record<string, unknown> = {}): string {
  return shapedText(value, isLink, (link) =>
    KNOWLEDGE_RULES.violation('INVALID_LINK', 'A link is an http or https address', { ...details, link }),
  );
}

const ORGANISATION_CODE = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}$/;

/** A member organisation's short code: AV, FK, FHM, SOS; two to ten capitals or digits, a letter first. */
export function isOrganisationCode(value: string): boolean {
  return typeof value === 'string' && ORGANISATION_CODE.test(value);
}

/** The trimmed code, after checking its shape (INVALID_ORGANISATION_CODE). */
export function organisationCode(value: string | undefined, details: Record<string, unknown> = {}): string {
  return shapedText(value, isOrganisationCode, (code) =>
    KNOWLEDGE_RULES.violation(
      'INVALID_ORGANISATION_CODE',
      'An organisation code is 2–10 capitals or digits, a letter first',
      { ...details, code },
    ),
  );
}
