import { personalIdentityNumberPaths } from '../kernel/personal-identity-number-paths';
import { FieldError } from '../errors/input-validation-error';

/** What a refused field is told; it never repeats the value. */
export const PERSONAL_IDENTITY_NUMBER_MESSAGE =
  'must not contain a personal identity number (personnummer or samordningsnummer): the audit trail cannot erase it; refer to the person another way';

/** Every string of an input that holds a personal identity number, as field errors by dotted path. */
export function personalIdentityNumberFields(value: unknown, path = ''): FieldError[] {
  return personalIdentityNumberPaths(value, path).map((at) => {
    const field = at || 'value';
    return { field, messages: [`${field} ${PERSONAL_IDENTITY_NUMBER_MESSAGE}`] };
  });
}

/** One entry per field: a field refused by its own validator and for a personal identity number says both. */
export function mergeFieldErrors(first: FieldError[], second: FieldError[]): FieldError[] {
  const merged = new Map<string, string[]>();
  for (const { field, messages } of [...first, ...second])
    merged.set(field, [...(merged.get(field) ?? []), ...messages]);
  return [...merged].map(([field, messages]) => ({ field, messages: [...new Set(messages)] }));
}
