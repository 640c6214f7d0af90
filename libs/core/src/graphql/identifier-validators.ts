import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import { Parsed } from '../kernel/parsed';
import { parseOrganisationNumber } from '../kernel/organisation-number';
import { parseSniCode } from '../kernel/sni';

/**
 * Field checks for every input that names an employer (tips, forums, supervision, dialogue). Their
 * messages never repeat the value: a rejected organisation number may be a sole trader's personal
 * identity number, and error texts end up in logs and screens. (Personal identity numbers in any text are refused by the global input pipe.)
 */

export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return parsedBy('isOrganisationNumber', parseOrganisationNumber, 'must be a Swedish organisation number', options);
}

export function IsSniCode(options?: ValidationOptions): PropertyDecorator {
  return parsedBy('isSniCode', parseSniCode, 'must be an SNI 2007 code', options);
}

/** A string field valid when `parse` accepts it; the message is the parser's problem, never the value. */
function parsedBy(
  name: string,
  parse: (input: string) => Parsed<string>,
  fallback: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parse(value).ok,
        defaultMessage: (args) => {
          const { value, property: field } = args as ValidationArguments;
          const parsed = typeof value === 'string' ? parse(value) : null;
          return `${field} ${parsed && !parsed.ok ? parsed.problem : fallback}`;
        },
      },
    });
}
