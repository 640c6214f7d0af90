/**
 * The values ticked in a group of checkboxes, as react-hook-form reports them: an array where the
 * group has several boxes, the one box's value or `false` where it has one, nothing before a tick.
 */
export function checkedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
