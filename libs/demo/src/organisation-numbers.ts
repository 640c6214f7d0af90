import { luhnValid } from '@samverkan/core';

/** A fictional legal person of the demo data: an invented name and number. */
export interface DemoLegalPerson {
  organisationNumber: string;
  name: string;
}

/** `NNNNNN-NNNC` from an invented nine-digit stem (third digit 2 or more: a legal person), with a valid check digit. */
export function demoOrganisationNumber(stem: string): string {
  if (!/^\d{2}[2-9]\d{6}$/.test(stem)) throw new Error(`Not an organisation number stem: ${stem}`);
  const check = [...'0123456789'].find((digit) => luhnValid(stem + digit)) as string;
  return `${stem.slice(0, 6)}-${stem.slice(6)}${check}`;
}

/** A municipality (212000-), a region (232100-) or a limited company (556): the groups the demo employers come from. */
export const kommun = (name: string, serial: string): DemoLegalPerson => ({
  organisationNumber: demoOrganisationNumber(`212000${serial}`),
  name,
});
export const region = (name: string, serial: string): DemoLegalPerson => ({
  organisationNumber: demoOrganisationNumber(`232100${serial}`),
  name,
});
export const bolag = (name: string, digits: string): DemoLegalPerson => ({
  organisationNumber: demoOrganisationNumber(`556${digits}`),
  name,
});
