/**
 * A figure as a table, in long form: one row per reported number, the columns that place it
 * (region, term, area…), then `measure`, `value`, `display` and `suppressed`. Long form keeps one
 * shape for every figure, so a suppressed cell is one empty `value` with its label in `display`,
 * never a column that changes type.
 */
export type Cell = string | number | boolean | null;
export type FigureRow = Record<string, Cell>;

/** The small-number cell as GraphQL answers it (`SmallCount`). */
export interface SmallCount {
  value: number | null;
  display: string;
  suppressed: boolean;
}

/** A measure: a plain count (never suppressed), a small-number cell, or null where it does not apply. */
export type Measure = number | SmallCount | null;

const isSmallCount = (m: Measure): m is SmallCount => m !== null && typeof m === 'object';

/** One row per measure that applies, each placed by `place`. */
export function measureRows(place: FigureRow, measures: Record<string, Measure>): FigureRow[] {
  return Object.entries(measures)
    .filter((entry): entry is [string, number | SmallCount] => entry[1] !== null)
    .map(([measure, m]) =>
      isSmallCount(m)
        ? { ...place, measure, value: m.value, display: m.display, suppressed: m.suppressed }
        : { ...place, measure, value: m, display: String(m), suppressed: false },
    );
}

/** The columns of a table: those of its rows, in the order they first appear. */
export function columnsOf(rows: FigureRow[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const column of Object.keys(row)) if (!columns.includes(column)) columns.push(column);
  return columns;
}
