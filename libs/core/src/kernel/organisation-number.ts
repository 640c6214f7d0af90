import { CORE_RULES } from '../errors/core.rules';
import { luhnValid } from './luhn';
import { Parsed } from './parsed';

/**
 * The Swedish organisation number (organisationsnummer): typed in at the GraphQL edge in any of
 * its usual forms, stored and compared only in its normalised form `NNNNNN-NNNN`.
 */

// Legal persons may be written with the 12-digit "16" prefix that Skatteverket uses in place of a century.
const SHAPE = /^(?:16)?(\d{6})-?(\d{4})$/;
const NORMALISED = /^\d{6}-\d{4}$/;

const WRONG_SHAPE = 'must have 10 digits (NNNNNN-NNNN)';
const WRONG_CHECK_DIGIT = 'has a wrong check digit';
const PERSONAL = 'is a personal identity number (sole trader): only legal persons are accepted';

export function parseOrganisationNumber(input: string): Parsed<string> {
  const match = SHAPE.exec(input.trim());
  if (!match) return { ok: false, problem: WRONG_SHAPE };
  const [, first, last] = match;
  if (!luhnValid(first + last)) return { ok: false, problem: WRONG_CHECK_DIGIT };
  // Legal persons have 20 or more in the "month" position; below that it is a birth date, i.e. a person.
  if (first[2] < '2') return { ok: false, problem: PERSONAL };
  return { ok: true, value: `${first}-${last}` };
}

/**
 * The normalised number, or the input unchanged when it is not valid: resolvers hand the latter to
 * the decider, whose INVALID_ORGANISATION_NUMBER then names the rule (input DTOs refuse it first).
 */
export function normalisedOrganisationNumber(input: string): string {
  const parsed = parseOrganisationNumber(input);
  return parsed.ok ? parsed.value : input;
}

/** True only for a valid number (check digit, legal person) already in its normalised form. */
export function isValidOrganisationNumber(normalised: string): boolean {
  const parsed = parseOrganisationNumber(normalised);
  return parsed.ok && parsed.value === normalised;
}

/**
 * The normalised shape `NNNNNN-NNNN` only. Deciders other than the tip routine's check this and
 * leave the check digit to the edge, so events stored before it was checked still decide the same.
 */
export function isOrganisationNumber(value: string): boolean {
  return typeof value === 'string' && NORMALISED.test(value);
}

/** The trimmed number in the normalised shape, else INVALID_ORGANISATION_NUMBER. */
export function organisationNumber(value: string | undefined, details: Record<string, unknown> = {}): string {
  const number = typeof value === 'string' ? value.trim() : '';
  if (!isOrganisationNumber(number)) {
    throw CORE_RULES.violation('INVALID_ORGANISATION_NUMBER', 'An organisation number is written NNNNNN-NNNN', {
      ...details,
      organisationNumber: value ?? null,
    });
  }
  return number;
}
