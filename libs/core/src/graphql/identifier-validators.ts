import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import { parseOrganisationNumber } from '../kernel/organisation-number';
import { parseSniCode } from '../kernel/sni';

/**
 * Field checks for every input that names an employer (tips, forums, supervision, dialogue). Their
 * messages never repeat the value: a rejected organisation number may be a sole trader's personal
 * identity number, and error texts end up in logs and screens. (Personal identity numbers in any text are refused by the global input pipe.)
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
