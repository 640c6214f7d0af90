import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { ORGANISATIONS } from '@samverkan/core';
import { parseOrganisationNumber } from '@samverkan/tips';

const isAgencyCode = (value: string) => (ORGANISATIONS as readonly string[]).includes(value);

/** An agency code as given (FK, AV, …), else the organisation number normalised to `NNNNNN-NNNN`. */
export function normalisedParticipantOrganisation(input: string): string {
  const value = input.trim();
  if (isAgencyCode(value)) return value;
  const parsed = parseOrganisationNumber(value);
  return parsed.ok ? parsed.value : input;
}

/** An agency code (FK, AV, …) or a Swedish organisation number, with or without the dash and with a right check digit. */
export function IsParticipantOrganisation(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isParticipantOrganisation',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (isAgencyCode(value.trim()) || parseOrganisationNumber(value).ok),
        defaultMessage: (args) => {
          const { property: name } = args as ValidationArguments;
          return `${name} must be an agency code (${ORGANISATIONS.join(', ')}) or a Swedish organisation number`;
        },
      },
    });
}

/**
 * At most one decimal (7.2, not 7.25). class-validator's `maxDecimalPlaces` reads the decimals off
 * `toString()` and throws on exponent notation (4e-323), which answered a 500 instead of a field error.
 */
export function HasAtMostOneDecimal(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'hasAtMostOneDecimal',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Math.abs(Math.round(value * 10) - value * 10) < 1e-9,
        defaultMessage: (args) => `${(args as ValidationArguments).property} must have at most one decimal`,
      },
    });
}
