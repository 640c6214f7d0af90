/**
 * The values chosen in a checkbox group as a list. react-hook-form keeps a group's choice as a list,
 * but one checkbox alone as its value or `false`, so every shape is read here.
 */
export function checkedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
