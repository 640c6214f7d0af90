import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { ORGANISATIONS, parseOrganisationNumber } from '@samverkan/core';
import { isAgencyCode } from '../application/participant-organisation';

/** An agency code (FK, AV, …) or a Swedish organisation number, with or without the dash and with a right check digit. */
export function IsParticipantOrganisation(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isParticipantOrganisation',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && (isAgencyCode(value.trim()) || parseOrganisationNumber(value).ok),
        defaultMessage: (args) => {
          const { property: name } = args as ValidationArguments;
          return `${name} must be an agency code (${ORGANISATIONS.join(', ')}) or a Swedish organisation number`;
        },
      },
    });
}
