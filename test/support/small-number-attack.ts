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

export const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** What a label tells a reader who knows the rule. `sensitive`: a cell that would show 1–4 as "färre än 5". */
export function valuesOf(
  display: string | null,
  shown: number | null,
  opts: { cap: number; sensitive: boolean; lower?: number },
): number[] {
  const lower = opts.lower ?? 0;
  if (shown !== null) return [shown];
  if (display === 'färre än 5') return range(Math.max(1, lower), 4);
  if (display === 'dold' && opts.sensitive) return range(lower, opts.cap).filter((v) => v === 0 || v >= 5);
  return range(lower, opts.cap);
}

export const sum = (total: string, parts: string[]): Known => ({
  terms: [[total, -1], ...parts.map((p): [string, number] => [p, 1])],
  op: '=',
});
export const atMost = (lesser: string[], greater: string[]): Known => ({
  terms: [...lesser.map((p): [string, number] => [p, 1]), ...greater.map((p): [string, number] => [p, -1])],
  op: '<=',
});

export function determinedCells(readings: Reading[], relations: Known[]): { id: string; truth: number }[] {
  const byId = new Map(readings.map((r) => [r.id, r]));
  for (const relation of relations)
    for (const [id] of relation.terms) if (!byId.has(id)) throw new Error(`unknown cell ${id}`);
  const truthHolds = relations.every((r) => holds(r, (id) => byId.get(id)!.truth));
  if (!truthHolds) throw new Error('the true figures break a relation the test assumes: the test model is wrong');
  const hidden = readings.filter((r) => r.values.length > 1);
  for (const r of readings)
    if (!r.values.includes(r.truth)) throw new Error(`${r.id}: the label excludes the true value ${r.truth}`);
  const feasible = searchOver(readings, relations);
  return hidden
    .filter((cell) => !cell.values.some((v) => v !== cell.truth && feasible(cell.id, v)))
    .map(({ id, truth }) => ({ id, truth }));
}

function holds(relation: Known, value: (id: string) => number): boolean {
  const total = relation.terms.reduce((s, [id, c]) => s + c * value(id), 0);
  return relation.op === '=' ? total === (relation.constant ?? 0) : total <= (relation.constant ?? 0);
}

/**
 * Answers: is there an assignment of every hidden cell, with `id` = `value`, that keeps every
 * relation? What does not depend on the value tried (which cells are tied to `id`, the relations
 * among them, each cell's values truth-first) is worked out once per cell, not once per value.
 */
function searchOver(readings: Reading[], relations: Known[]): (id: string, value: number) => boolean {
  const truth = new Map(readings.map((r) => [r.id, r.truth]));
  const hidden = new Set(readings.filter((r) => r.values.length > 1).map((r) => r.id));
  // The true value first: the rest of a solution is then often the truth itself.
  const ordered = new Map(
    readings.map((r) => [r.id, [...r.values].sort((a, b) => Math.abs(a - r.truth) - Math.abs(b - r.truth))]),
  );
  const bounds = new Map(readings.map((r) => [r.id, [Math.min(...r.values), Math.max(...r.values)]]));
  const free = relations.map((r) => r.terms.map(([x]) => x).filter((x) => hidden.has(x)));
  const around = new Map<string, ReturnType<typeof neighbourhood>>();
  // Only cells tied to `id` through relations matter; the others keep their true values.
  function neighbourhood(id: string) {
    const tied = new Set([id]);
    for (let grown = true; grown;) {
      grown = false;
      for (const ids of free) {
        if (ids.some((x) => tied.has(x)) && ids.some((x) => !tied.has(x))) {
          ids.forEach((x) => tied.add(x));
          grown = true;
        }
      }
    }
    const local = relations.filter((r) => r.terms.some(([x]) => tied.has(x)));
    const touching = new Map([...tied].map((x): [string, Known[]] => [x, []]));
    for (const r of local) for (const x of new Set(r.terms.map(([y]) => y))) touching.get(x)?.push(r);
    return { order: [...tied], local, touching };
  }

  return (id, value) => {
    const { order, local, touching } = around.get(id) ?? around.set(id, neighbourhood(id)).get(id)!;
    const assigned = new Map<string, number>();
    const extremes = (x: string) => {
      const v = assigned.get(x);
      if (v !== undefined) return [v, v];
      if (x === id) return [value, value];
      return touching.has(x) ? bounds.get(x)! : [truth.get(x)!, truth.get(x)!];
    };
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
    const step = (i: number): boolean => {
      if (i === order.length) return local.every((r) => holds(r, (x) => assigned.get(x) ?? truth.get(x)!));
      for (const v of order[i] === id ? [value] : ordered.get(order[i])!) {
        assigned.set(order[i], v);
        if (stillPossible(order[i]) && step(i + 1)) return true;
      }
      assigned.delete(order[i]);
      return false;
    };
    return step(0);
  };
}
