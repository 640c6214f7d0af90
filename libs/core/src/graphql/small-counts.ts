import { FEWER_THAN_FIVE, HIDDEN_BESIDE_SMALL, protectColumn, shownCount } from './small-numbers';

/** A count as a client sees it: the value (null when suppressed), whether it is, and what to show. */
export interface SmallCount {
  value: number | null;
  suppressed: boolean;
  display: string;
}

/** The count, suppressed for the dashboard when it is 1 to 4 (small-numbers.ts holds the rule). */
export function smallCount(value: number, suppress: boolean): SmallCount {
  const shown = shownCount(value, suppress);
  return { value: shown, suppressed: shown === null, display: shown === null ? FEWER_THAN_FIVE : String(value) };
}

/** Each column of counts protected so that its total cannot give a suppressed cell away. */
export function protectFromDifferencing(columns: SmallCount[][]): void {
  for (const column of columns) {
    protectColumn(column, (cell) => cell.value ?? 0, (cell) => cell.suppressed, (cell) =>
      Object.assign(cell, { value: null, suppressed: true, display: HIDDEN_BESIDE_SMALL }),
    );
  }
}
