/**
 * Small-number suppression for the DASHBOARD role: a count of 1 to 4 in a cell broken down by
 * region or industry could point at one employer or person, so it is shown as "fewer than 5".
 * Auditors and the other roles see exact figures. Every dashboard query calls these, so the rule
 * and its wording are the same everywhere.
 */
export const SMALL_NUMBER_LIMIT = 5;
export const FEWER_THAN_FIVE = 'färre än 5';
/** A cell hidden only so that a suppressed one beside it cannot be worked out from the total. */
export const HIDDEN_BESIDE_SMALL = 'dold';

export function isSmallNumber(value: number): boolean {
  return value > 0 && value < SMALL_NUMBER_LIMIT;
}

/** The count as shown: null when suppressed. */
export function shownCount(value: number, suppress: boolean): number | null {
  return suppress && isSmallNumber(value) ? null : value;
}

/**
 * Totals are shown exactly, so one hidden cell in a column could be worked out as the total minus
 * the others. Where a column hides exactly one cell, the smallest other non-zero cell (or, failing
 * that, any other) is hidden too. `value` reads a cell's exact count, `hidden` whether it is
 * suppressed, `hide` hides it.
 */
export function protectColumn<T>(column: T[], value: (cell: T) => number, hidden: (cell: T) => boolean, hide: (cell: T) => void): void {
  if (column.filter(hidden).length !== 1) return;
  const visible = column.filter((cell) => !hidden(cell));
  const nonZero = visible.filter((cell) => value(cell) > 0);
  const candidates = nonZero.length > 0 ? nonZero : visible;
  const smallest = candidates.reduce<T | null>((low, cell) => (low !== null && value(low) <= value(cell) ? low : cell), null);
  if (smallest !== null) hide(smallest);
}
