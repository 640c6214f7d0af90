import type Database from 'better-sqlite3';
import { prepared } from '@samverkan/core';
import { addedUnder, CELL_KEY, COUNTS, FUNNEL_CELL_TABLE } from './tips.funnel-cells';

export const FUNNEL_TOTAL_TABLE = 'tips_funnel_total';
/** What the cells' triggers log of each change, until the batch's end folds it into the totals. */
const CHANGE_TABLE = 'tips_funnel_change';

/** The funnel's groupings and the cell column (or expression) each groups by. */
export const FUNNEL_GROUPINGS = { REGION: 'region', INDUSTRY: 'section', QUARTER: `'Q' || quarter` } as const;

/**
 * The funnel of each year summed per grouping, group, basis and no-action reason: what a year's
 * funnel reads, some 250 rows in a busy year where its cells number some 2,000. Each change of a
 * cell is logged by a trigger (an append, no search) and folded into the totals once per batch
 * (`foldFunnelChanges`), so a write costs what it changed, not the size of its year.
 */
export function createFunnelTotals(db: Database.Database): void {
  const logged = (update: boolean) =>
    `INSERT INTO ${CHANGE_TABLE} VALUES (${CELL_KEY.map((k) => `new.${k}`).join(', ')}, ${COUNTS.map((c) =>
      update ? `new.${c} - old.${c}` : `new.${c}`,
    ).join(', ')});`;
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${FUNNEL_TOTAL_TABLE} (
      year INTEGER NOT NULL, grouping TEXT NOT NULL, basis TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL,
      ${COUNTS.map((c) => `${c} INTEGER NOT NULL`).join(', ')},
      PRIMARY KEY (year, grouping, basis, key, reason)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${CHANGE_TABLE} (${CELL_KEY.join(', ')}, ${COUNTS.join(', ')});
    CREATE TRIGGER IF NOT EXISTS ${FUNNEL_CELL_TABLE}_logged_insert AFTER INSERT ON ${FUNNEL_CELL_TABLE}
    BEGIN ${logged(false)} END;
    CREATE TRIGGER IF NOT EXISTS ${FUNNEL_CELL_TABLE}_logged_update AFTER UPDATE ON ${FUNNEL_CELL_TABLE}
    BEGIN ${logged(true)} END;`);
}

export function dropFunnelTotals(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${FUNNEL_TOTAL_TABLE}; DROP TABLE IF EXISTS ${CHANGE_TABLE};`);
}

const FOLD = Object.entries(FUNNEL_GROUPINGS).map(
  ([grouping, key]) => `INSERT INTO ${FUNNEL_TOTAL_TABLE} (year, grouping, basis, key, reason, ${COUNTS.join(', ')})
    SELECT year, '${grouping}', basis, ${key}, reason, ${COUNTS.map((c) => `SUM(${c})`).join(', ')}
    FROM ${CHANGE_TABLE} WHERE true GROUP BY year, basis, ${key}, reason
    ${addedUnder('year, grouping, basis, key, reason')}`,
);

/** Adds the cells' logged changes to the totals and empties the log: the tips projection's end of a batch. */
export function foldFunnelChanges(db: Database.Database): void {
  if (prepared(db, `SELECT 1 FROM ${CHANGE_TABLE} LIMIT 1`).get() === undefined) return;
  for (const sql of FOLD) prepared(db, sql).run();
  prepared(db, `DELETE FROM ${CHANGE_TABLE}`).run();
}
