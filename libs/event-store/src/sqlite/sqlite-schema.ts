import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Bumped whenever the schema below changes, so a later version can migrate older files. */
const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT    NOT NULL UNIQUE,
    stream      TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE INDEX IF NOT EXISTS events_type_position ON events (type, position);
`;

/**
 * Opens (creating if needed) an event store database file and brings its schema up to date.
 * `':memory:'` gives a private in-memory database, handy for tests.
 */
export function openEventDatabase(filePath: string): Database.Database {
  const fresh = filePath !== ':memory:' && !existsSync(filePath);
  const db = new Database(filePath);
  try {
    // The audit evidence is for its owner only; SQLite gives the -wal and -shm files the same mode.
    if (fresh) chmodSync(filePath, 0o600);
    // WAL lets readers (subscriptions, a CLI in another process) run while a writer commits.
    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: in WAL mode NORMAL skips the fsync at commit, so a power loss can roll back
    // transactions whose append was already acknowledged. An acknowledged event may have been
    // answered to a user or acted upon, so it must survive; the fsync per commit is the price.
    db.pragma('synchronous = FULL');
    // Another process (e.g. the CLI) may hold the write lock briefly; wait rather than fail.
    db.pragma('busy_timeout = 5000');
    // Positions are bigint in the API; reading every integer as bigint avoids silent rounding.
    db.defaultSafeIntegers(true);
    db.transaction(() => {
      db.exec(SCHEMA);
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version > SCHEMA_VERSION) {
        throw new Error(
          `Event store ${filePath} has schema version ${version}, newer than this code (${SCHEMA_VERSION})`,
        );
      }
      if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
