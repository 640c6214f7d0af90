import { luhn } from './personal-identity-number';

/**
 * The organisation number as it is typed, checked the way the API checks it (libs/core kernel,
 * which the web app may not import; test/web/pin-parity.spec.ts compares the two): ten digits, an
 * optional dash, an optional "16" prefix, a right check digit, and a legal person (a "month" of
 * 20 or more: below that it is a sole trader's personal identity number).
 */
export type OrganisationNumberCheck =
  { ok: true; value: string } | { ok: false; problem: 'shape' | 'checkDigit' | 'person' };

export function checkOrganisationNumber(input: string): OrganisationNumberCheck {
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(input.trim());
  if (!match) return { ok: false, problem: 'shape' };
  const digits = match[1] + match[2];
  if (!luhn(digits)) return { ok: false, problem: 'checkDigit' };
  if (Number(digits[2]) < 2) return { ok: false, problem: 'person' };
  return { ok: true, value: `${match[1]}-${match[2]}` };
}
