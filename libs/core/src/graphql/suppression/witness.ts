import { CellState, Domain, domainOf, Figure, Relation } from './figure';

/** Search nodes per question; a search that runs out counts the cell as exposed (more gets hidden). */
const NODE_BUDGET = 400;
/**
 * A second solution is looked for within this distance of the true values (far enough to jump
 * the 1–4 gap of a hidden cell). A witness found is a proof; one not found nearer than this only
 * makes the rule hide more than it strictly must.
 */
const WINDOW = 8;

interface Problem {
  ids: string[];
  truth: number[];
  relations: { terms: { index: number; coefficient: number }[]; op: Relation['op']; constant: number }[];
}

/**
 * Finds, for a hidden cell, a second value consistent with everything published: the published
 * cells, each hidden cell's domain as its label tells it, and every relation. Any assignment found
 * is a proof the cell is protected; none found (or the budget spent) means it is not. Only hidden
 * cells are variables, so the search is over the few the rule hid, not the whole table.
 */
export class WitnessSearch {
  private readonly problem: Problem;
  private readonly domains: Domain[];
  private readonly relationsOf: Problem['relations'][] = [];

  /** `work` is shared by every search for one figure, so that a figure's cost is bounded (protectFigure). */
  constructor(
    figure: Figure,
    states: ReadonlyMap<string, CellState>,
    readonly work: { nodes: number } = { nodes: Infinity },
  ) {
    const cap = figure.cells.reduce((sum, c) => sum + Math.max(0, c.value), 0) + 10;
    const index = new Map(figure.cells.map((c, i) => [c.id, i]));
    this.problem = {
      ids: figure.cells.map((c) => c.id),
      truth: figure.cells.map((c) => c.value),
      relations: figure.relations.map((r) => ({
        ...r,
        terms: r.terms.map((t) => {
          const at = index.get(t.id);
          if (at === undefined) throw new Error(`relation names an unknown cell ${t.id}`);
          return { index: at, coefficient: t.coefficient };
        }),
      })),
    };
    this.domains = figure.cells.map((c) => domainOf(c, states.get(c.id) ?? 'shown', cap));
    for (const relation of this.problem.relations)
      for (const t of relation.terms) (this.relationsOf[t.index] ??= []).push(relation);
    this.near = this.domains.map((d, i) => ({
      ...d,
      lo: Math.max(d.lo, this.problem.truth[i] - WINDOW),
      hi: Math.min(d.hi, this.problem.truth[i] + WINDOW),
    }));
    // Narrowed once for every question: each then propagates only from the cell it asks about.
    this.base = this.near.map((d) => ({ ...d }));
    this.propagate(this.base, this.problem.relations);
  }

  private readonly near: Domain[];
  private readonly base: Domain[];

  /**
   * 'found': the cell can take another value under everything a reader knows. 'none': it cannot
   * (the search was exhaustive). 'unknown': the budget ran out first.
   */
  secondValue(id: string): 'found' | 'none' | 'unknown' {
    const at = this.problem.ids.indexOf(id);
    const truth = this.problem.truth[at];
    const relations = this.relationsAround(at);
    const budget = { nodes: NODE_BUDGET + 8 * this.variablesOf(relations).length };
    const below = this.base.map((d) => ({ ...d }));
    below[at].hi = Math.min(below[at].hi, truth - 1);
    const above = this.base.map((d) => ({ ...d }));
    above[at].lo = Math.max(above[at].lo, truth + 1);
    if (this.solve(below, relations, budget, at) || this.solve(above, relations, budget, at)) return 'found';
    const clipped = this.variablesOf(relations).some(
      (i) => this.near[i].lo !== this.domains[i].lo || this.near[i].hi !== this.domains[i].hi,
    );
    return budget.nodes < 0 || clipped ? 'unknown' : 'none';
  }

  hasSecondValue(id: string): boolean {
    return this.secondValue(id) === 'found';
  }

  /** The relations that tie the cell to others through hidden cells: the rest cannot move it. */
  private relationsAround(at: number): Problem['relations'] {
    const free = (i: number) => this.domains[i].lo < this.domains[i].hi;
    const reached = new Set([at]);
    const chosen = new Set<Problem['relations'][number]>();
    for (const frontier = [at]; frontier.length > 0;) {
      for (const relation of this.relationsOf[frontier.shift()!] ?? []) {
        if (chosen.has(relation)) continue;
        chosen.add(relation);
        for (const t of relation.terms)
          if (free(t.index) && !reached.has(t.index)) reached.add(t.index) && frontier.push(t.index);
      }
    }
    return [...chosen];
  }

  private solve(
    domains: Domain[],
    relations: Problem['relations'],
    budget: { nodes: number },
    narrowed?: number,
  ): boolean {
    const start = narrowed === undefined ? relations : (this.relationsOf[narrowed] ?? []);
    this.work.nodes--;
    if (--budget.nodes < 0 || this.work.nodes < 0 || !this.propagate(domains, start)) return false;
    // The cells not yet decided at their true values often complete a solution: try that before branching.
    const completion = domains.map((d, i) => Math.min(d.hi, Math.max(d.lo, this.problem.truth[i])));
    if (completion.every((v, i) => !domains[i].gap || v === 0 || v >= 5) && this.satisfied(completion, relations))
      return true;
    // Nearest the asked cell first: a change there is absorbed close by, the rest keep their true values.
    const branch = this.variablesOf(relations).find((i) => domains[i].lo < domains[i].hi) ?? -1;
    if (branch < 0)
      return this.satisfied(
        domains.map((d) => d.lo),
        relations,
      );
    // Bisect, the half holding the true value first: the truth is a solution of the rest.
    const { lo, hi } = domains[branch];
    const truth = this.problem.truth[branch];
    const mid = Math.floor((lo + hi) / 2);
    const halves: [number, number][] =
      truth <= mid
        ? [
            [lo, mid],
            [mid + 1, hi],
          ]
        : [
            [mid + 1, hi],
            [lo, mid],
          ];
    return halves.some(([from, to]) => {
      const next = domains.map((d) => ({ ...d }));
      Object.assign(next[branch], { lo: from, hi: to });
      return this.solve(next, relations, budget, branch);
    });
  }

  /** Bounds propagation, relation by relation, until nothing narrows; false when a domain empties. */
  private propagate(domains: Domain[], relations: Problem['relations']): boolean {
    const queue = [...relations];
    const queued = new Set(queue);
    while (queue.length > 0) {
      const relation = queue.shift()!;
      queued.delete(relation);
      let minSum = 0;
      let maxSum = 0;
      for (const { index, coefficient } of relation.terms) {
        const d = domains[index];
        minSum += coefficient > 0 ? coefficient * d.lo : coefficient * d.hi;
        maxSum += coefficient > 0 ? coefficient * d.hi : coefficient * d.lo;
      }
      if (minSum > relation.constant || (relation.op === '=' && maxSum < relation.constant)) return false;
      for (const { index, coefficient } of relation.terms) {
        const d = domains[index];
        const own =
          coefficient > 0 ? [coefficient * d.lo, coefficient * d.hi] : [coefficient * d.hi, coefficient * d.lo];
        // coefficient × value lies within what the others leave of the constant.
        const upper = relation.constant - (minSum - own[0]);
        const lower = relation.op === '=' ? relation.constant - (maxSum - own[1]) : -Infinity;
        const [lo, hi] =
          coefficient > 0
            ? [Math.ceil(lower / coefficient), Math.floor(upper / coefficient)]
            : [Math.ceil(upper / coefficient), Math.floor(lower / coefficient)];
        const next = normalised({ lo: Math.max(d.lo, lo), hi: Math.min(d.hi, hi), gap: d.gap });
        if (next.lo > next.hi) return false;
        if (next.lo === d.lo && next.hi === d.hi) continue;
        d.lo = next.lo;
        d.hi = next.hi;
        for (const other of this.relationsOf[index] ?? []) {
          if (other !== relation && !queued.has(other)) {
            queued.add(other);
            queue.push(other);
          }
        }
      }
    }
    return true;
  }

  private readonly variables = new WeakMap<Problem['relations'], number[]>();

  private variablesOf(relations: Problem['relations']): number[] {
    let found = this.variables.get(relations);
    if (!found)
      this.variables.set(relations, (found = [...new Set(relations.flatMap((r) => r.terms.map((t) => t.index)))]));
    return found;
  }

  private satisfied(values: number[], relations: Problem['relations']): boolean {
    return relations.every((r) => {
      const sum = r.terms.reduce((s, t) => s + t.coefficient * values[t.index], 0);
      return r.op === '=' ? sum === r.constant : sum <= r.constant;
    });
  }
}

function normalised(d: Domain): Domain {
  if (!d.gap) return d;
  const lo = d.lo >= 1 && d.lo <= 4 ? 5 : d.lo;
  const hi = d.hi >= 1 && d.hi <= 4 ? 0 : d.hi;
  return { ...d, lo, hi };
}
