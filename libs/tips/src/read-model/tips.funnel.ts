import type Database from 'better-sqlite3';
import { addCounts } from '@samverkan/core';
import { IMPULSE_TABLE, TIP_TABLE } from './tips.tables';

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
  // A range on the date column, not substr(): the index on it then reads that year's rows only.
  const params = { from: `${year}-01-01`, to: `${year + 1}-01-01` };

  const impulseKey = keyExpression(grouping, 'reported_on');
  const impulses = db
    .prepare(
      `SELECT ${impulseKey} AS key, COUNT(*) AS impulses, SUM(status = 'DISMISSED') AS dismissed
       FROM ${IMPULSE_TABLE} WHERE reported_on >= @from AND reported_on < @to GROUP BY key`,
    )
    .all(params) as { key: string; impulses: number; dismissed: number }[];
  for (const row of impulses)
    Object.assign(cell(row.key), { impulses: row.impulses, dismissedImpulses: row.dismissed });

  const tipKey = keyExpression(grouping, 'sent_on');
  const sentInYear = `FROM ${TIP_TABLE} WHERE sent_on >= @from AND sent_on < @to`;
  const tips = db
    .prepare(
      `SELECT ${tipKey} AS key, COUNT(*) AS tips, SUM(direct_actions > 0) AS direct, SUM(indirect_use) AS indirect,
         SUM(no_action_reason IS NOT NULL) AS noAction,
         SUM(direct_actions = 0 AND indirect_use = 0 AND no_action_reason IS NULL) AS awaiting
       ${sentInYear} GROUP BY key`,
    )
    .all(params) as {
    key: string;
    tips: number;
    direct: number;
    indirect: number;
    noAction: number;
    awaiting: number;
  }[];
  for (const row of tips) {
    Object.assign(cell(row.key), {
      tips: row.tips,
      directActions: row.direct,
      indirectUses: row.indirect,
      noActions: row.noAction,
      awaitingOutcome: row.awaiting,
    });
  }

  const reasons = db
    .prepare(
      `SELECT ${tipKey} AS key, no_action_reason AS reason, COUNT(*) AS count
       ${sentInYear} AND no_action_reason IS NOT NULL GROUP BY key, reason`,
    )
    .all(params) as { key: string; reason: string; count: number }[];
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
  const rows = db
    .prepare(
      `SELECT CAST(substr(reported_on, 1, 4) AS INTEGER) AS year FROM ${IMPULSE_TABLE} WHERE reported_on IS NOT NULL
     UNION SELECT CAST(substr(sent_on, 1, 4) AS INTEGER) FROM ${TIP_TABLE} WHERE sent_on IS NOT NULL ORDER BY year`,
    )
    .all() as { year: number }[];
  return rows.map((r) => r.year);
}
