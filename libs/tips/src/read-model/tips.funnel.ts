import type Database from 'better-sqlite3';
import { addCounts, prepared } from '@samverkan/core';
import { FUNNEL_TOTAL_TABLE } from './tips.funnel-totals';

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

interface TotalRow {
  basis: 'impulse' | 'tip';
  key: string;
  reason: string;
  rows: number;
  dismissed: number;
  direct: number;
  indirect: number;
  noAction: number;
  awaiting: number;
}

function cells(db: Database.Database, year: number, grouping: FunnelGrouping): Map<string, FunnelFigures> {
  // The year's totals per group and reason (tips.funnel-totals.ts): a few hundred rows however many
  // impulses and tips the year holds. A total whose rows all moved elsewhere is left at zero: a
  // group counts only where its rows do.
  const totals = prepared(
    db,
    `SELECT basis, key, reason, rows, dismissed, direct, indirect, no_action AS noAction, awaiting
     FROM ${FUNNEL_TOTAL_TABLE} WHERE year = ? AND grouping = ? AND rows > 0`,
  ).all(year, grouping) as TotalRow[];
  const result = new Map<string, FunnelFigures>();
  const cell = (key: string) => result.get(key) ?? result.set(key, emptyFigures()).get(key)!;
  for (const row of totals) {
    const figures = cell(row.key);
    if (row.basis === 'impulse') {
      figures.impulses += row.rows;
      figures.dismissedImpulses += row.dismissed;
      continue;
    }
    figures.tips += row.rows;
    figures.directActions += row.direct;
    figures.indirectUses += row.indirect;
    figures.noActions += row.noAction;
    figures.awaitingOutcome += row.awaiting;
    if (row.reason !== '') figures.noActionReasons[row.reason] = row.rows;
  }
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
    `SELECT DISTINCT year FROM ${FUNNEL_TOTAL_TABLE} WHERE grouping = 'QUARTER' AND rows > 0 ORDER BY year`,
  ).all() as { year: number }[];
  return rows.map((r) => r.year);
}
