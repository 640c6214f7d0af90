import type Database from 'better-sqlite3';

export const IMPULSE_TABLE = 'tips_impulse';
export const TIP_TABLE = 'tips_tip';

/**
 * The lists' and the tip page's indexes. The projection writes rows by id only (and the funnel's
 * triggers by the cell's key), so a rebuild may build these once at the end.
 */
export const TIP_INDEXES: Record<string, string> = {
  [`${IMPULSE_TABLE}_reported`]: `CREATE INDEX IF NOT EXISTS ${IMPULSE_TABLE}_reported ON ${IMPULSE_TABLE} (reported_on)`,
  [`${IMPULSE_TABLE}_tip`]: `CREATE INDEX IF NOT EXISTS ${IMPULSE_TABLE}_tip ON ${IMPULSE_TABLE} (tip_id)`,
  [`${TIP_TABLE}_sent`]: `CREATE INDEX IF NOT EXISTS ${TIP_TABLE}_sent ON ${TIP_TABLE} (sent_on)`,
};

/**
 * One row per impulse and per tip, with the columns the lists filter on and the funnel groups by.
 * `revision` makes a replayed event a no-op; `position` (of the first event) orders the lists.
 */
export function createTipTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${IMPULSE_TABLE} (
      id TEXT PRIMARY KEY, revision INTEGER NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL,
      organisation_number TEXT NOT NULL, employer_name TEXT NOT NULL, region TEXT NOT NULL,
      industry TEXT NOT NULL, section TEXT NOT NULL, deficiency TEXT NOT NULL, description TEXT NOT NULL,
      reported_on TEXT NOT NULL, reported_by TEXT, tip_id TEXT,
      dismissal_reason TEXT, dismissed_on TEXT);
    CREATE TABLE IF NOT EXISTS ${TIP_TABLE} (
      id TEXT PRIMARY KEY, revision INTEGER NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL,
      organisation_number TEXT NOT NULL, employer_name TEXT NOT NULL, region TEXT NOT NULL,
      industry TEXT NOT NULL, section TEXT NOT NULL, summary TEXT NOT NULL, impulse_ids TEXT NOT NULL,
      compiled_at TEXT NOT NULL, compiled_by TEXT, sent_on TEXT, received_on TEXT, av_diary_number TEXT,
      outcomes TEXT NOT NULL, direct_actions INTEGER NOT NULL DEFAULT 0, indirect_use INTEGER NOT NULL DEFAULT 0,
      no_action_reason TEXT);`);
  for (const sql of Object.values(TIP_INDEXES)) db.exec(sql);
}

export function dropTipTables(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS ${IMPULSE_TABLE}; DROP TABLE IF EXISTS ${TIP_TABLE};`);
}

export interface ImpulseRow {
  id: string;
  revision: number;
  position: number;
  status: 'OPEN' | 'IN_TIP' | 'DISMISSED';
  organisation_number: string;
  employer_name: string;
  region: string;
  industry: string;
  section: string;
  deficiency: string;
  description: string;
  reported_on: string;
  reported_by: string | null;
  tip_id: string | null;
  dismissal_reason: string | null;
  dismissed_on: string | null;
}

/** One entry of a tip's outcome history, in the order AV recorded them. */
export interface OutcomeEntry {
  kind: 'DIRECT_ACTION' | 'INDIRECT_USE' | 'NO_ACTION';
  action?: string;
  reasonCode?: string;
  reason?: string;
  note?: string;
  decidedOn: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface TipRow {
  id: string;
  revision: number;
  position: number;
  status: 'DRAFT' | 'SENT' | 'RECEIVED';
  organisation_number: string;
  employer_name: string;
  region: string;
  industry: string;
  section: string;
  summary: string;
  impulse_ids: string;
  compiled_at: string;
  compiled_by: string | null;
  sent_on: string | null;
  received_on: string | null;
  av_diary_number: string | null;
  outcomes: string;
  direct_actions: number;
  indirect_use: number;
  no_action_reason: string | null;
}
