/**
 * The attacker of the small-number property tests, written apart from the production rule
 * (libs/core/src/graphql/suppression) so that it cannot share its mistakes: plain backtracking over
 * explicit value lists. Given what one role reads of a figure (each cell exact, or a label that
 * says which values it may hold) and every linear relation the reader knows, it lists the hidden
 * cells that have exactly one feasible value.
 */
export interface Reading {
  id: string;
  truth: number;
  /** The values the reader must consider: one for a shown cell, several for a hidden one. */
  values: number[];
}

export interface Known {
  terms: [id: string, coefficient: number][];
  op: '=' | '<=';
  constant?: number;
}

export const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** What a label tells a reader who knows the rule. `sensitive`: a cell that would show 1–4 as "färre än 5". */
export function valuesOf(display: string | null, shown: number | null, opts: { cap: number; sensitive: boolean; lower?: number }): number[] {
  const lower = opts.lower ?? 0;
  if (shown !== null) return [shown];
  if (display === 'färre än 5') return range(Math.max(1, lower), 4);
  if (display === 'dold' && opts.sensitive) return range(lower, opts.cap).filter((v) => v === 0 || v >= 5);
  return range(lower, opts.cap);
}

export const sum = (total: string, parts: string[]): Known => ({ terms: [[total, -1], ...parts.map((p): [string, number] => [p, 1])], op: '=' });
export const atMost = (lesser: string[], greater: string[]): Known => ({
  terms: [...lesser.map((p): [string, number] => [p, 1]), ...greater.map((p): [string, number] => [p, -1])],
  op: '<=',
});

export function determinedCells(readings: Reading[], relations: Known[]): { id: string; truth: number }[] {
  const byId = new Map(readings.map((r) => [r.id, r]));
  for (const relation of relations) for (const [id] of relation.terms) if (!byId.has(id)) throw new Error(`unknown cell ${id}`);
  const truthHolds = relations.every((r) => holds(r, (id) => byId.get(id)!.truth));
  if (!truthHolds) throw new Error('the true figures break a relation the test assumes: the test model is wrong');
  const hidden = readings.filter((r) => r.values.length > 1);
  for (const r of readings) if (!r.values.includes(r.truth)) throw new Error(`${r.id}: the label excludes the true value ${r.truth}`);
  return hidden.filter((cell) => !cell.values.some((v) => v !== cell.truth && feasible(cell.id, v, readings, relations))).map(({ id, truth }) => ({ id, truth }));
}

function holds(relation: Known, value: (id: string) => number): boolean {
  const total = relation.terms.reduce((s, [id, c]) => s + c * value(id), 0);
  return relation.op === '=' ? total === (relation.constant ?? 0) : total <= (relation.constant ?? 0);
}

/** Is there an assignment of every hidden cell, with `id` = `value`, that keeps every relation? */
function feasible(id: string, value: number, readings: Reading[], relations: Known[]): boolean {
  const options = new Map(readings.map((r) => [r.id, r.id === id ? [value] : r.values]));
  // Only cells tied to `id` through relations matter; the others keep their true values.
  const tied = new Set([id]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const r of relations) {
      const ids = r.terms.map(([x]) => x).filter((x) => options.get(x)!.length > 1 || x === id);
      if (ids.some((x) => tied.has(x)) && ids.some((x) => !tied.has(x))) {
        ids.forEach((x) => tied.add(x));
        grown = true;
      }
    }
  }
  const order = [...tied];
  const local = relations.filter((r) => r.terms.some(([x]) => tied.has(x)));
  const assigned = new Map<string, number>();
  const truth = new Map(readings.map((r) => [r.id, r.truth]));
  const bounds = new Map([...tied].map((x) => [x, [Math.min(...options.get(x)!), Math.max(...options.get(x)!)]]));
  const extremes = (x: string) => {
    const v = assigned.get(x);
    if (v !== undefined) return [v, v];
    return bounds.get(x) ?? [truth.get(x)!, truth.get(x)!];
  };
  const touching = new Map([...tied].map((x) => [x, local.filter((r) => r.terms.some(([y]) => y === x))]));
  const stillPossible = (x: string) =>
    touching.get(x)!.every((r) => {
      let low = 0;
      let high = 0;
      for (const [y, c] of r.terms) {
        const [a, b] = extremes(y);
        low += Math.min(c * a, c * b);
        high += Math.max(c * a, c * b);
      }
      const k = r.constant ?? 0;
      return r.op === '=' ? low <= k && k <= high : low <= k;
    });
  // The true value first: the rest of a solution is then often the truth itself.
  const ordered = new Map([...tied].map((x) => [x, [...options.get(x)!].sort((a, b) => Math.abs(a - truth.get(x)!) - Math.abs(b - truth.get(x)!))]));
  const step = (i: number): boolean => {
    if (i === order.length) return local.every((r) => holds(r, (x) => assigned.get(x) ?? truth.get(x)!));
    for (const v of ordered.get(order[i])!) {
      assigned.set(order[i], v);
      if (stillPossible(order[i]) && step(i + 1)) return true;
    }
    assigned.delete(order[i]);
    return false;
  };
  return step(0);
}
