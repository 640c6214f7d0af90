/**
 * Small-number suppression for the DASHBOARD role: a count of 1 to 4 in a cell broken down by
 * region or industry could point at one employer or person, so it is shown as "fewer than 5".
 * Auditors and the other roles see exact figures. Which other cells must be hidden so that no
 * suppressed one can be worked out is decided per figure by ./suppression (protectFigure).
 */
export const SMALL_NUMBER_LIMIT = 5;
export const FEWER_THAN_FIVE = 'färre än 5';
/** A cell hidden only so that a suppressed one cannot be worked out from totals and other cells. */
export const HIDDEN_BESIDE_SMALL = 'dold';
/** A figure no pattern of hidden cells could protect: not reported to the dashboard at all. */
export const WITHHELD = 'ej redovisad';

export function isSmallNumber(value: number): boolean {
  return value > 0 && value < SMALL_NUMBER_LIMIT;
}
