/**
 * A published figure as statistics offices model it for disclosure control: its cells, and every
 * linear relation between them that a reader knows (a total is the sum of its parts, a subset is at
 * most its whole). The relations must cover everything one role can read of the figure, across all
 * of its groupings and queries, or a hidden cell can be solved from a relation left out.
 */
export interface FigureCount {
  id: string;
  value: number;
  /** A count that could point at an employer or person (a region or industry cell): 1–4 is never shown. */
  sensitive: boolean;
  /** False for a figure that is always published exactly (a count of meetings, a national total). */
  hideable?: boolean;
  /** The least value a reader knows the cell has (1 for a cell listed only when it has something). */
  lower?: number;
}

/** Σ coefficient × cell, compared with a constant: `=` for sums, `<=` for "part of". */
export interface Relation {
  terms: { id: string; coefficient: number }[];
  op: '=' | '<=';
  constant: number;
}

/**
 * How a cell is published. `small`: 1–4 ("färre än 5"). `hidden`: secondary suppression ("dold"),
 * so for a sensitive cell the reader knows it is 0 or at least 5. `withheld`: a figure that no
 * pattern of suppression protects is not reported at all ("ej redovisad"), any value.
 */
export type CellState = 'shown' | 'small' | 'hidden' | 'withheld';

export interface Figure {
  cells: FigureCount[];
  relations: Relation[];
}

/** `total = Σ parts`. */
export function sumOf(total: string, parts: string[]): Relation {
  return {
    terms: [{ id: total, coefficient: -1 }, ...parts.map((id) => ({ id, coefficient: 1 }))],
    op: '=',
    constant: 0,
  };
}

/** `Σ lesser ≤ Σ greater`. */
export function atMost(lesser: string[], greater: string[]): Relation {
  return {
    terms: [...lesser.map((id) => ({ id, coefficient: 1 })), ...greater.map((id) => ({ id, coefficient: -1 }))],
    op: '<=',
    constant: 0,
  };
}

/** What a reader who knows the rule knows of a cell from its state alone: an interval, maybe without 1–4. */
export interface Domain {
  lo: number;
  hi: number;
  /** Values 1 to 4 are excluded (a sensitive cell shown as "dold" would have been "färre än 5"). */
  gap: boolean;
}

export function domainOf(cell: FigureCount, state: CellState, cap: number): Domain {
  const lower = cell.lower ?? 0;
  if (state === 'shown') return { lo: cell.value, hi: cell.value, gap: false };
  if (state === 'small') return { lo: Math.max(1, lower), hi: 4, gap: false };
  return { lo: lower, hi: cap, gap: state === 'hidden' && cell.sensitive };
}
