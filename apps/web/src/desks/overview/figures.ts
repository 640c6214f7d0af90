/** A count the API may have suppressed (SmallCount). */
export interface Cell {
  value?: number | null;
  display: string;
  suppressed: boolean;
}

const number = new Intl.NumberFormat('sv-SE');
export const formatNumber = (n: number) => number.format(n);

/** The count as the tables show it: the number, or the API's words for a hidden one. */
export function countText(cell?: Cell | null): string {
  if (!cell) return '–';
  if (cell.suppressed) return cell.display || 'färre än 5';
  return cell.value === null || cell.value === undefined ? cell.display : formatNumber(cell.value);
}

/** The number to chart, or null (left out) when suppressed. */
export function countValue(cell?: Cell | null): number | null {
  if (!cell || cell.suppressed) return null;
  return cell.value ?? null;
}

/** Every year with data, the shown one, and the next year (plans are drafted ahead), ascending. */
export function yearChoices(dataYears: number[], shown: number, now = new Date()): number[] {
  return [...new Set([...dataYears, shown, now.getFullYear() + 1])].filter(Number.isInteger).sort((a, b) => a - b);
}
