import type Database from 'better-sqlite3';
import { addCounts, prepared } from '@samverkan/core';
import { FUNNEL_CELL_TABLE } from './tips.funnel-cells';

export type FunnelGrouping = 'REGION' | 'INDUSTRY' | 'QUARTER';

/** The tip funnel of one cell: what came in, what went to AV, what AV did with it. */
export interface FunnelFigures {
  impulses: number;
  dismissedImpulses: number;
  tips: number;
  directActions: number;
  indirectUses: number;
  noActions: number;
  awaitingOutcome: number;
  noActionReasons: Record<string, number>;
}

export interface FunnelCells {
  total: FunnelFigures;
  /** Keyed by region, SNI section letter or quarter (`Q1`..`Q4`). */
  groups: Map<string, FunnelFigures>;
}

const QUARTER = (column: string) => `'Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`;

/** Impulses count in the year they were reported; tips, and what AV did with them, in the year they were sent. */
export function keyExpression(grouping: FunnelGrouping, dateColumn: string): string {
  if (grouping === 'REGION') return 'region';
  if (grouping === 'INDUSTRY') return 'section';
  return QUARTER(dateColumn);
}

export const emptyFigures = (): FunnelFigures => ({
  impulses: 0,
  dismissedImpulses: 0,
  tips: 0,
  directActions: 0,
  indirectUses: 0,
  noActions: 0,
  awaitingOutcome: 0,
  noActionReasons: {},
});

function cells(db: Database.Database, year: number, grouping: FunnelGrouping): Map<string, FunnelFigures> {
  const result = new Map<string, FunnelFigures>();
  const cell = (key: string) => result.get(key) ?? result.set(key, emptyFigures()).get(key)!;
  // The cells hold each year's counts already (tips.funnel-cells.ts): a year sums a few hundred of
  // them, not its impulses and tips. A cell whose rows all moved elsewhere is left at zero.
  const key = grouping === 'REGION' ? 'region' : grouping === 'INDUSTRY' ? 'section' : `'Q' || quarter`;
  const of = (basis: string) => `FROM ${FUNNEL_CELL_TABLE} WHERE basis = '${basis}' AND year = ?`;

  const impulses = prepared(
    db,
    `SELECT ${key} AS key, SUM(rows) AS impulses, SUM(dismissed) AS dismissed ${of('impulse')}
     GROUP BY key HAVING SUM(rows) > 0`,
  ).all(year) as { key: string; impulses: number; dismissed: number }[];
  for (const row of impulses)
    Object.assign(cell(row.key), { impulses: row.impulses, dismissedImpulses: row.dismissed });

  const tips = prepared(
    db,
    `SELECT ${key} AS key, SUM(rows) AS tips, SUM(direct) AS direct, SUM(indirect) AS indirect,
       SUM(no_action) AS noAction, SUM(awaiting) AS awaiting ${of('tip')} GROUP BY key HAVING SUM(rows) > 0`,
  ).all(year) as { key: string; tips: number; direct: number; indirect: number; noAction: number; awaiting: number }[];
  for (const row of tips) {
    Object.assign(cell(row.key), {
      tips: row.tips,
      directActions: row.direct,
      indirectUses: row.indirect,
      noActions: row.noAction,
      awaitingOutcome: row.awaiting,
    });
  }

  const reasons = prepared(
    db,
    `SELECT ${key} AS key, reason, SUM(rows) AS count ${of('tip')} AND reason <> ''
     GROUP BY key, reason HAVING SUM(rows) > 0`,
  ).all(year) as { key: string; reason: string; count: number }[];
  for (const row of reasons) cell(row.key).noActionReasons[row.reason] = row.count;
  return result;
}

/**
 * The funnel of a year, overall and per group, from the impulse and tip rows (no replay per request).
 * Every row falls in exactly one group, so the total is the sum of the groups.
 */
export function tipFunnelCells(db: Database.Database, year: number, grouping: FunnelGrouping): FunnelCells {
  const groups = cells(db, year, grouping);
  return { total: [...groups.values()].reduce(add, emptyFigures()), groups };
}

function add(
  { noActionReasons, ...sum }: FunnelFigures,
  { noActionReasons: cellReasons, ...cell }: FunnelFigures,
): FunnelFigures {
  return { ...addCounts(sum, cell), noActionReasons: addCounts(noActionReasons, cellReasons) };
}

/** The years the funnel has figures for: an impulse reported or a tip sent in them, ascending. */
export function tipFunnelYears(db: Database.Database): number[] {
  const rows = prepared(
    db,
    `SELECT year FROM ${FUNNEL_CELL_TABLE} GROUP BY year HAVING SUM(rows) > 0 ORDER BY year`,
  ).all() as { year: number }[];
  return rows.map((r) => r.year);
}
