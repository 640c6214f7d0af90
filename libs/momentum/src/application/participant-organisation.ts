import { ORGANISATIONS, parseOrganisationNumber } from '@samverkan/core';

export const isAgencyCode = (value: string): boolean => (ORGANISATIONS as readonly string[]).includes(value);

/** An agency code as given (FK, AV, …), else the organisation number normalised to `NNNNNN-NNNN`. */
export function normalisedParticipantOrganisation(input: string): string {
  const value = input.trim();
  if (isAgencyCode(value)) return value;
  const parsed = parseOrganisationNumber(value);
  return parsed.ok ? parsed.value : input;
}
