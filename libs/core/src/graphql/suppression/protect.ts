import { isSmallNumber } from '../small-numbers';
import { CellState, Figure, FigureCount } from './figure';
import { WitnessSearch } from './witness';

/**
 * Primary and secondary suppression of one figure, so that no hidden cell has only one value
 * consistent with everything published. Primary: every sensitive cell of 1–4. Then, while some
 * hidden cell has no second value (WitnessSearch):
 * - a primary one gets a partner hidden beside it, one sharing a relation with it (another
 *   sensitive cell before a total, non-zero before zero, smallest first);
 * - a secondary one is shown: its value follows from what is published anyway, so showing it
 *   tells a reader nothing new, and it is not hidden again;
 * - if no partner is left, the figure's hideable cells are withheld ("ej redovisad").
 * Hiding more only widens what a reader must consider, so a cell proved protected stays so until
 * a cell is shown on an inexact answer, when every proof is redone.
 */
export function protectFigure(figure: Figure): Map<string, CellState> {
  const states = new Map<string, CellState>(figure.cells.map((c) => [c.id, isPrimary(c) ? 'small' : 'shown']));
  const proved = new Set<string>();
  const pinned = new Set<string>();
  const byId = new Map(figure.cells.map((c) => [c.id, c]));
  let withheld = false;
  const work = { nodes: WORK };
  for (;;) {
    if (work.nodes < 0) return withholdAll(figure, states);
    const { primary, derivable, unsure } = exposedCells(figure, states, proved, work);
    if (!primary && derivable.length === 0 && !unsure) return states;
    // Showing cells whose one value is proved changes nothing a reader can solve; an unsure one, proofs are redone.
    for (const cell of unsure ? [...derivable, unsure] : derivable) {
      states.set(cell.id, 'shown');
      pinned.add(cell.id);
    }
    if (unsure) proved.clear();
    if (!primary || derivable.length > 0 || unsure) continue;
    const partner =
      withheld || !protectable(primary, figure, states, pinned, work)
        ? null
        : partnerFor(primary, figure, states, byId, pinned, work);
    if (partner) {
      states.set(partner.id, 'hidden');
    } else if (!withheld) {
      // Cells shown as derivable were derivable from cells now withheld too: start over with all of them.
      for (const c of figure.cells) if (c.hideable !== false) states.set(c.id, 'withheld');
      pinned.clear();
      withheld = true;
      proved.clear();
    } else {
      return states; // a small cell nothing protects; the figure's property test says whether this can happen
    }
  }
}

const isPrimary = (cell: FigureCount) => cell.sensitive && isSmallNumber(cell.value);

/**
 * Search nodes one figure may spend. A figure whose protection is not settled within them is
 * withheld whole, which needs no search: with every hideable cell any value, no relation pins one.
 * (Large tables with many small cells reach this today; see docs/SECURITY.md.)
 */
const WORK = 4_000;

function withholdAll(figure: Figure, states: Map<string, CellState>): Map<string, CellState> {
  for (const c of figure.cells) if (c.hideable !== false) states.set(c.id, 'withheld');
  return states;
}

/** One pass over the hidden cells not yet proved: the first small one exposed, and secondary ones with one value. */
function exposedCells(figure: Figure, states: Map<string, CellState>, proved: Set<string>, work: { nodes: number }) {
  const search = new WitnessSearch(figure, states, work);
  const derivable: FigureCount[] = [];
  let unsure: FigureCount | undefined;
  for (const cell of figure.cells) {
    if (states.get(cell.id) === 'shown' || proved.has(cell.id)) continue;
    const answer = search.secondValue(cell.id);
    if (answer === 'found') proved.add(cell.id);
    else if (isPrimary(cell)) return { primary: cell, derivable, unsure };
    else if (answer === 'none') derivable.push(cell);
    else unsure ??= cell;
  }
  return { primary: undefined, derivable, unsure };
}

/**
 * The cell to hide next: among the small cell's own relations first, then further out through
 * hidden cells; of those, the first (by preference) that gives it a second value, else the first.
 */
function partnerFor(
  cell: FigureCount,
  figure: Figure,
  states: Map<string, CellState>,
  byId: Map<string, FigureCount>,
  pinned: Set<string>,
  work: { nodes: number },
): FigureCount | null {
  const reached = new Set([cell.id]);
  let frontier = [cell.id];
  while (frontier.length > 0) {
    const relations = figure.relations.filter((r) => r.terms.some((t) => frontier.includes(t.id)));
    const neighbours = [...new Set(relations.flatMap((r) => r.terms.map((t) => t.id)))].filter((n) => !reached.has(n));
    const candidates = neighbours
      .map((n) => byId.get(n)!)
      .filter((c) => c.hideable !== false && !pinned.has(c.id) && states.get(c.id) === 'shown')
      .sort(preference);
    if (candidates.length > 0)
      return candidates.slice(0, TRIALS).find((c) => protects(c, cell, figure, states, work)) ?? candidates[0];
    neighbours.forEach((n) => reached.add(n));
    frontier = neighbours.filter((n) => states.get(n) !== 'shown');
  }
  return null;
}

/** Whether hiding every cell still shown could protect the small cell at all: if not, the figure is withheld at once. */
function protectable(
  cell: FigureCount,
  figure: Figure,
  states: Map<string, CellState>,
  pinned: Set<string>,
  work: { nodes: number },
): boolean {
  const all = new Map(states);
  for (const c of figure.cells)
    if (c.hideable !== false && !pinned.has(c.id) && all.get(c.id) === 'shown') all.set(c.id, 'hidden');
  return new WitnessSearch(figure, all, work).secondValue(cell.id) === 'found';
}

/** Candidates tried one by one before settling for the most preferred. */
const TRIALS = 6;

function protects(
  partner: FigureCount,
  cell: FigureCount,
  figure: Figure,
  states: Map<string, CellState>,
  work: { nodes: number },
): boolean {
  const trial = new Map(states).set(partner.id, 'hidden');
  return new WitnessSearch(figure, trial, work).secondValue(cell.id) === 'found';
}

function preference(a: FigureCount, b: FigureCount): number {
  return (
    Number(b.sensitive) - Number(a.sensitive) || Number(a.value === 0) - Number(b.value === 0) || a.value - b.value
  );
}
