import type Database from 'better-sqlite3';
import { RecordedEvent } from '@samverkan/event-store';
import { prepared } from '../read-model/prepared';

export interface ProjectedEvent extends RecordedEvent {
  /** The data upcast to its current shape (and the envelope's `schemaVersion` the current one). */
  data: unknown;
}

/**
 * A read model fed by the store. `apply` must be idempotent (rows keyed by position or by entity
 * id with the revision they saw) because delivery is at least once.
 */
export interface Projection {
  name: string;
  /** Bump it when the tables or the mapping change: the runner then rebuilds this projection. */
  version: number;
  /** Stream categories it reads; undefined means every event. */
  categories?: string[];
  setup(db: Database.Database): void;
  /**
   * Secondary indexes (name → CREATE INDEX statement) that `apply` never reads through, created by
   * `setup`. A rebuild drops them while it replays and creates them afterwards: one sort per index
   * instead of a B-tree update per index for every event.
   */
  deferrableIndexes?: Record<string, string>;
  /** Drops the projection's tables. */
  reset(db: Database.Database): void;
  apply(db: Database.Database, event: ProjectedEvent): void;
  /**
   * Called after each batch `apply` saw (a live batch, a page of a replay or a rebuild), in the same
   * transaction and before the checkpoint moves: a projection whose rows are folded from many
   * events does that work here once per batch instead of once per event. A batch that failed is
   * rolled back without it, so what it does must be safe to do again.
   */
  endBatch?(db: Database.Database): void;
}

/**
 * One JSON document per entity, folded by a pure evolve, after emmett's document projections.
 * The revision guard makes a replayed event a no-op.
 */
export function documentProjection<Doc>(options: {
  name: string;
  version: number;
  table: string;
  categories: string[];
  keyOf(event: ProjectedEvent): string | null;
  evolve(doc: Doc | null, event: ProjectedEvent): Doc | null;
  /** Indexes the queries read through: name (after the table's) → the document fields, in order. */
  indexes?: Record<string, readonly string[]>;
}): Projection {
  const { table } = options;
  // Built once: a rebuild runs them for every event, and a new string is hashed again on each lookup.
  const sql = {
    read: `SELECT stream, revision, doc FROM ${table} WHERE id = ?`,
    seen: `UPDATE ${table} SET stream = ?, revision = ? WHERE id = ?`,
    remove: `DELETE FROM ${table} WHERE id = ?`,
    write: `INSERT OR REPLACE INTO ${table} (id, stream, revision, doc) VALUES (?, ?, ?, ?)`,
  };
  return {
    name: options.name,
    version: options.version,
    categories: options.categories,
    setup(db) {
      db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
        id TEXT NOT NULL, stream TEXT NOT NULL, revision INTEGER NOT NULL, doc TEXT NOT NULL,
        PRIMARY KEY (id))`);
      for (const [name, fields] of Object.entries(options.indexes ?? {})) {
        const columns = fields.map((field) => `json_extract(doc, '$.${field}')`).join(', ');
        db.exec(`CREATE INDEX IF NOT EXISTS ${table}_${name} ON ${table} (${columns})`);
      }
    },
    reset(db) {
      db.exec(`DROP TABLE IF EXISTS ${table}`);
    },
    apply(db, event) {
      const id = options.keyOf(event);
      if (id === null) return;
      const row = prepared(db, sql.read).get(id) as { stream: string; revision: number; doc: string } | undefined;
      if (row && row.stream === event.stream && row.revision >= event.revision) return;
      const current = row ? (JSON.parse(row.doc) as Doc) : null;
      const next = options.evolve(current, event);
      if (next === null) prepared(db, sql.remove).run(id);
      // evolve is pure: the same document back means only the event seen moves on, no JSON written.
      else if (next === current) prepared(db, sql.seen).run(event.stream, event.revision, id);
      else prepared(db, sql.write).run(id, event.stream, event.revision, JSON.stringify(next));
    },
  };
}
