import { getNamedType, GraphQLField, isEnumType, isNonNullType, isScalarType } from 'graphql';
import { FieldError, InputValidationError } from '@samverkan/core';

/** Integers GraphQL's Int can carry. */
const INT_MAX = 2 ** 31 - 1;

/**
 * A file's query string read as its GraphQL query's arguments, by the argument types the schema
 * declares (Int, String, an enum): each wrong, missing or unknown parameter named, before anything runs.
 */
export function figureArguments(
  field: GraphQLField<unknown, unknown>,
  query: Record<string, unknown>,
): Record<string, string | number> {
  const errors: FieldError[] = [];
  const args: Record<string, string | number> = {};
  for (const name of Object.keys(query).filter((key) => !field.args.some((arg) => arg.name === key)))
    errors.push({ field: name, messages: [`${field.name} takes no parameter ${name}`] });
  for (const arg of field.args) {
    const raw = query[arg.name];
    const type = getNamedType(arg.type);
    if (raw === undefined || raw === '') {
      if (isNonNullType(arg.type)) errors.push({ field: arg.name, messages: [`${arg.name} is required`] });
      continue;
    }
    if (typeof raw !== 'string') {
      errors.push({ field: arg.name, messages: [`${arg.name} must be given once`] });
      continue;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (values.includes(raw)) args[arg.name] = raw;
      else errors.push({ field: arg.name, messages: [`${arg.name} must be one of ${values.join(', ')}`] });
    } else if (isScalarType(type) && type.name === 'Int') {
      const value = /^-?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
      if (Number.isInteger(value) && Math.abs(value) <= INT_MAX) args[arg.name] = value;
      else errors.push({ field: arg.name, messages: [`${arg.name} must be a whole number`] });
    } else {
      args[arg.name] = raw;
    }
  }
  if (errors.length) throw new InputValidationError(errors);
  return args;
}
