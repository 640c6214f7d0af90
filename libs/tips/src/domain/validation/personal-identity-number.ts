import { luhnValid } from './luhn';

// Optional century, YYMMDD, optional separator, NNNN; never a slice of a longer digit run.
// `+` (aged 100 or more) is also accepted after a century: over-flagging beats a leak.
const CANDIDATE = /(?<!\d)(?:18|19|20)?(\d{6})[-+ ]?(\d{4})(?!\d)/g;

function isPersonalIdentityNumber(birth: string, serial: string): boolean {
  const month = Number(birth.slice(2, 4));
  const day = Number(birth.slice(4, 6));
  // Coordination numbers (samordningsnummer) add 60 to the day.
  const dayOfMonth = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31 && luhnValid(birth + serial);
}

/**
 * Whether free text contains a Swedish personal identity number or coordination number.
 * Organisation numbers pass because their "month" is 20 or more; dates and most other numbers fail the check digit.
 */
export function containsPersonalIdentityNumber(text: string): boolean {
  for (const [, birth, serial] of text.matchAll(CANDIDATE)) {
    if (isPersonalIdentityNumber(birth, serial)) return true;
  }
  return false;
}
