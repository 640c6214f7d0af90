import { luhnValid } from './luhn';
import { normaliseText } from './text-normalisation';

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer, day + 60) in free text, however they are typed: 10 or 12 digits, with or
 * without a century, with any dash, space, dot, slash, underscore or plus between any digits, in
 * any script's digits, with invisible characters anywhere. Over-flagging beats a leak: the trail
 * cannot forget what it was told. Limits, by design (docs/SECURITY.md):
 * - A number is made of whole digit groups: "1811218-9876" is an 11-digit number, not a PIN.
 * - A number stands on its own: it starts and ends where the digits do, or at a space or slash.
 *   "2024-05-12 13.00–14.00" is a date and a time range, never the digits "0512130014".
 * - A date and a time of day ("2024-05-12 13.00") is a date, not a PIN whose last four are a time.
 * - UUID-shaped identifiers and long hex strings (hashes) are identifiers, not text.
 */

// Dashes of every kind, minus signs, spaces, dots, slashes, underscore and plus.
const SEPARATOR = String.raw`[\s\p{Zs}\p{Pd}\u2212\u2043\u02D7\u2796\u30FC\u2044\u2215\u00B7\u2027\u2219\u22C5\u3002./\\_+]`;
const NUMBER = new RegExp(String.raw`\d+(?:${SEPARATOR}+\d+)*`, 'gu');
const GROUP = /\d+/g;
/** Where a number may start or end inside a run of digit groups: a run of separators with a space or slash. */
const BOUNDARY = /[\s\p{Zs}/\\]/u;
const IDENTIFIER = /(?<![0-9a-z])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{32,})(?![0-9a-z])/giu;

const CENTURIES = new Set(['18', '19', '20']);

interface Group {
  digits: string;
  /** The separators before this group (empty for the first). */
  before: string;
}

/** Whether the text holds a personal identity number or coordination number. */
export function containsPersonalIdentityNumber(text: string): boolean {
  if (typeof text !== 'string' || !mayHoldTenDigits(text)) return false;
  const normalised = normaliseText(text).replace(IDENTIFIER, 'x');
  for (const [number] of normalised.matchAll(NUMBER)) {
    if (numberHoldsPin(groupsOf(number))) return true;
  }
  return false;
}

/** Most text has fewer than ten digits in any script; it needs no normalising. */
function mayHoldTenDigits(text: string): boolean {
  if (!/[^\u0000-\u007F]/.test(text)) return (text.match(/\d/g)?.length ?? 0) >= 10;
  return true;
}

function groupsOf(number: string): Group[] {
  const groups: Group[] = [];
  let end = 0;
  for (const match of number.matchAll(GROUP)) {
    groups.push({ digits: match[0], before: number.slice(end, match.index) });
    end = match.index! + match[0].length;
  }
  return groups;
}

function numberHoldsPin(groups: Group[]): boolean {
  for (let first = 0; first < groups.length; first++) {
    if (first > 0 && !BOUNDARY.test(groups[first].before)) continue;
    let length = 0;
    for (let last = first; last < groups.length && length <= 12; last++) {
      length += groups[last].digits.length;
      const endsHere = last === groups.length - 1 || BOUNDARY.test(groups[last + 1].before);
      if (!endsHere || (length !== 10 && length !== 12)) continue;
      const window = groups.slice(first, last + 1);
      if (!isDateAndTime(window) && isPin(window.map((g) => g.digits).join(''))) return true;
    }
  }
  return false;
}

/** "YYYY-MM-DD HH.MM" or "YY-MM-DD HH.MM": the last two groups are a time of day after a space. */
function isDateAndTime(window: Group[]): boolean {
  if (window.length < 3) return false;
  const [hours, minutes] = window.slice(-2);
  return (
    hours.digits.length === 2 &&
    minutes.digits.length === 2 &&
    minutes.before === '.' &&
    /\s/.test(hours.before) &&
    Number(hours.digits) <= 23 &&
    Number(minutes.digits) <= 59
  );
}

function isPin(digits: string): boolean {
  if (digits.length === 12) {
    const century = digits.slice(0, 2);
    return CENTURIES.has(century) && isPinOfTen(digits.slice(2), Number(century) * 100);
  }
  return isPinOfTen(digits, null);
}

/** YYMMDD (day + 60 for a coordination number) and four digits, the last a Luhn check digit. */
function isPinOfTen(digits: string, century: number | null): boolean {
  const year = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const rawDay = Number(digits.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, century === null ? null : century + year, year))
    return false;
  return luhnValid(digits);
}

/** Days in the month; without a century, 29 February counts in any year divisible by four (1900 was not leap, 2000 was). */
function daysIn(month: number, fullYear: number | null, shortYear: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const leap =
    fullYear === null ? shortYear % 4 === 0 : (fullYear % 4 === 0 && fullYear % 100 !== 0) || fullYear % 400 === 0;
  return leap ? 29 : 28;
}
