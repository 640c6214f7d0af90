import type Database from 'better-sqlite3';
import { IMPULSE_TABLE, TIP_TABLE } from './tips.tables';

export const FUNNEL_CELL_TABLE = 'tips_funnel_cell';

/** A cell's key columns, and the counts it keeps (also those of the totals, tips.funnel-totals.ts). */
export const CELL_KEY = ['basis', 'year', 'quarter', 'region', 'section', 'reason'] as const;
export const COUNTS = ['rows', 'dismissed', 'direct', 'indirect', 'no_action', 'awaiting'] as const;
const KEY = CELL_KEY.join(', ');

/** The upsert's tail that adds a row's counts to those already kept under its key. */
export const addedUnder = (key: string) =>
  `ON CONFLICT (${key}) DO UPDATE SET ${COUNTS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
type Count = (typeof COUNTS)[number];

const year = (date: string) => `CAST(substr(${date}, 1, 4) AS INTEGER)`;
const quarter = (date: string) => `(CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3`;

/**
 * Adds (sign 1) or takes away (sign -1) one row's part in its cell. `row` is `new` or `old`; the
 * counts not given are 0; `when` limits it to rows that count at all (a tip not yet sent).
 */
function change(
  sign: 1 | -1,
  row: 'new' | 'old',
  basis: 'impulse' | 'tip',
  date: string,
  reason: string,
  counts: Partial<Record<Count, string>>,
  when = 'true',
): string {
  const value = (c: Count) => (counts[c] ? `${sign} * (${counts[c]!.replaceAll('@', `${row}.`)})` : '0');
  const d = `${row}.${date}`;
  return `INSERT INTO ${FUNNEL_CELL_TABLE} (${KEY}, ${COUNTS.join(', ')})
    SELECT '${basis}', ${year(d)}, ${quarter(d)}, ${row}.region, ${row}.section, ${reason.replaceAll('@', `${row}.`)},
      ${COUNTS.map(value).join(', ')}
    WHERE ${when.replaceAll('@', `${row}.`)}
    ${addedUnder(KEY)};`;
}

const impulse = (sign: 1 | -1, row: 'new' | 'old') =>
  change(sign, row, 'impulse', 'reported_on', `''`, { rows: '1', dismissed: `@status = 'DISMISSED'` });

const tip = (sign: 1 | -1, row: 'new' | 'old') =>
  change(
    sign,
    row,
    'tip',
    'sent_on',
    `coalesce(@no_action_reason, '')`,
    {
      rows: '1',
      direct: '@direct_actions > 0',
      indirect: '@indirect_use',
      no_action: '@no_action_reason IS NOT NULL',
      awaiting: '@direct_actions = 0 AND @indirect_use = 0 AND @no_action_reason IS NULL',
    },
    '@sent_on IS NOT NULL',
  );

const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

/**
 * The funnel's figures per year, quarter, region, SNI section and no-action reason, kept by
 * triggers on the impulse and tip rows: each change of a row takes its old part out of its cell and
 * adds its new one. A year then holds at most 4 × regions × sections cells a reason, however many
 * impulses and tips it holds, summed again per grouping in the totals a funnel reads
 * (tips.funnel-totals.ts); a rebuild and live projection write the same rows, so the cells agree
 * with them. Stored by their key (WITHOUT ROWID): each trigger's upsert is one B-tree search,
 * not a search of the key's index and then of the table.
 */
export function createFunnelCells(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${FUNNEL_CELL_TABLE} (
      basis TEXT NOT NULL, year INTEGER NOT NULL, quarter INTEGER NOT NULL, region TEXT NOT NULL,
      section TEXT NOT NULL, reason TEXT NOT NULL, ${COUNTS.map((c) => `${c} INTEGER NOT NULL`).join(', ')},
      PRIMARY KEY (${KEY})) WITHOUT ROWID;
    CREATE TRIGGER IF NOT EXISTS ${IMPULSE_TABLE}_cell_insert AFTER INSERT ON ${IMPULSE_TABLE}
    BEGIN ${impulse(1, 'new')} END;
    CREATE TRIGGER IF NOT EXISTS ${IMPULSE_TABLE}_cell_update AFTER UPDATE ON ${IMPULSE_TABLE}
    WHEN (old.status = 'DISMISSED') IS NOT (new.status = 'DISMISSED') OR ${changed(['reported_on', 'region', 'section'])}
    BEGIN ${impulse(-1, 'old')} ${impulse(1, 'new')} END;
    CREATE TRIGGER IF NOT EXISTS ${IMPULSE_TABLE}_cell_delete AFTER DELETE ON ${IMPULSE_TABLE}
    BEGIN ${impulse(-1, 'old')} END;
    CREATE TRIGGER IF NOT EXISTS ${TIP_TABLE}_cell_insert AFTER INSERT ON ${TIP_TABLE}
    WHEN new.sent_on IS NOT NULL
    BEGIN ${tip(1, 'new')} END;
    CREATE TRIGGER IF NOT EXISTS ${TIP_TABLE}_cell_update AFTER UPDATE ON ${TIP_TABLE}
    WHEN (old.direct_actions > 0) IS NOT (new.direct_actions > 0)
      OR ${changed(['sent_on', 'indirect_use', 'no_action_reason', 'region', 'section'])}
    BEGIN ${tip(-1, 'old')} ${tip(1, 'new')} END;
    CREATE TRIGGER IF NOT EXISTS ${TIP_TABLE}_cell_delete AFTER DELETE ON ${TIP_TABLE}
    BEGIN ${tip(-1, 'old')} END;`);
}

export function dropFunnelCells(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${FUNNEL_CELL_TABLE}`);
}
