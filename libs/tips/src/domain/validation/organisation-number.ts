import { luhnValid } from '@samverkan/core/domain';
import { Parsed } from './parsed';

// Legal persons may be written with the 12-digit "16" prefix that Skatteverket uses in place of a century.
const SHAPE = /^(?:16)?(\d{6})-?(\d{4})$/;

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

/** True only for a valid number already in its normalised form `NNNNNN-NNNN`. */
export function isOrganisationNumber(normalised: string): boolean {
  const parsed = parseOrganisationNumber(normalised);
  return parsed.ok && parsed.value === normalised;
}
