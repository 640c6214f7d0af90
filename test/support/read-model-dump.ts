import type Database from 'better-sqlite3';

/** Every read-model row, table by table, in a stable order: to compare live and rebuilt rows. */
export function dumpReadModels(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'projection_checkpoints' ORDER BY name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1`).safeIntegers(true).all()]),
  );
}

/** Every table, index and trigger with its SQL: a rebuild drops some indexes while it replays and must make them again. */
export function readModelSchema(db: Database.Database): unknown[] {
  return db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all();
}
