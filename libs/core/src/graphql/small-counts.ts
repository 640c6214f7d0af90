/**
 * Small-number suppression for the DASHBOARD role (DOMAIN.md): a count of 1 to 4 in a cell broken
 * down by something that could point at one employer is shown as "färre än 5".
 */
export const FEWER_THAN_FIVE = 'färre än 5';
/** A cell hidden only so that a small one beside it cannot be worked out from the total. */
export const HIDDEN_BESIDE_SMALL = 'dold';

/** A count as a client sees it: the value (null when suppressed), whether it is, and what to show. */
export interface SmallCount {
  value: number | null;
  suppressed: boolean;
  display: string;
}

export function smallCount(value: number, suppress: boolean): SmallCount {
  const hidden = suppress && value > 0 && value < 5;
  return { value: hidden ? null : value, suppressed: hidden, display: hidden ? FEWER_THAN_FIVE : String(value) };
}

/**
 * Where the total is shown exactly, a single hidden cell in a column could be worked out as the
 * total minus the others. Where a column hides exactly one cell, the smallest other cell is hidden too.
 */
export function protectFromDifferencing(columns: SmallCount[][]): void {
  for (const column of columns) {
    if (column.filter((cell) => cell.suppressed).length !== 1) continue;
    // A hidden zero would protect little: the smallest count above zero is taken when there is one.
    const visible = column.filter((cell) => !cell.suppressed);
    const nonZero = visible.filter((cell) => cell.value! > 0);
    const candidates = nonZero.length > 0 ? nonZero : visible;
    const smallest = candidates.reduce<SmallCount | null>((low, cell) => (low && low.value! <= cell.value! ? low : cell), null);
    if (smallest) Object.assign(smallest, { value: null, suppressed: true, display: HIDDEN_BESIDE_SMALL });
  }
}
