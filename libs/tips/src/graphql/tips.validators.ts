import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import { containsPersonalIdentityNumber, parseOrganisationNumber, parseSniCode } from '../domain';

/**
 * Field checks for the tip routine's inputs. Their messages never repeat the value: a rejected
 * description may hold a personal identity number, and error texts end up in logs and screens.
 */

export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isOrganisationNumber',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOrganisationNumber(value).ok,
        defaultMessage: (args) => {
          const { value, property: name } = args as ValidationArguments;
          const parsed = typeof value === 'string' ? parseOrganisationNumber(value) : null;
          const problem = parsed && !parsed.ok ? parsed.problem : 'must be a Swedish organisation number';
          return `${name} ${problem}`;
        },
      },
    });
}

export function IsSniCode(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isSniCode',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseSniCode(value).ok,
        defaultMessage: (args) => {
          const { value, property: name } = args as ValidationArguments;
          const parsed = typeof value === 'string' ? parseSniCode(value) : null;
          const problem = parsed && !parsed.ok ? parsed.problem : 'must be an SNI 2007 code';
          return `${name} ${problem}`;
        },
      },
    });
}

/** The routine is about employers, never about the sick-listed person. */
export function HasNoPersonalIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'hasNoPersonalIdentityNumber',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !containsPersonalIdentityNumber(value),
        defaultMessage: (args) =>
          `${(args as ValidationArguments).property} must not contain a personal identity number: describe the employer, never the sick-listed person`,
      },
    });
}
