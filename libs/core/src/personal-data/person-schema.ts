import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import { newPersonKey, seal } from './person-cipher';

const SCHEMA_VERSION = 1;

/**
 * Opens the person directory's file: owner-only when new, deleted content overwritten, schema
 * version 1 (names, e-mail and phone as ciphertext under a key per person). A file of the
 * plaintext schema (version 0) is encrypted in place and vacuumed so that no plaintext remains.
 */
export function openPersonDatabase(file: string): Database.Database {
  const fresh = file === ':memory:' || !existsSync(file);
  const db = new Database(file);
  // Before the WAL and shared-memory files exist: SQLite gives them the database file's mode.
  if (fresh && file !== ':memory:') chmodSync(file, 0o600);
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  if (db.transaction(() => migrate(db)).immediate()) {
    db.exec('VACUUM');
    truncateWal(db);
  }
  return db;
}

/** Copies the WAL into the database and empties it, so no older page (a key, a name) lingers there. */
export function truncateWal(db: Database.Database): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return !result || result.busy === 0;
}

/** Creates or upgrades the schema; true when plaintext was encrypted and the file needs a vacuum. */
function migrate(db: Database.Database): boolean {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return false;
  if (version > SCHEMA_VERSION)
    throw new Error(`personal-data schema ${version} is newer than this build (${SCHEMA_VERSION})`);
  const legacy = (db.pragma('table_info(persons)') as unknown[]).length > 0;
  if (legacy) db.exec('ALTER TABLE persons RENAME TO persons_plaintext');
  db.exec(`
    CREATE TABLE person_keys (person_id TEXT PRIMARY KEY, key BLOB NOT NULL);
    CREATE TABLE persons (
      id TEXT PRIMARY KEY, name BLOB, email BLOB, phone BLOB, organisation TEXT, erased_at TEXT)`);
  if (legacy) {
    const rows = db.prepare('SELECT id, name, email, organisation, erased_at FROM persons_plaintext').all() as {
      id: string;
      name: string | null;
      email: string | null;
      organisation: string | null;
      erased_at: string | null;
    }[];
    const insertKey = db.prepare('INSERT INTO person_keys (person_id, key) VALUES (?, ?)');
    const insertPerson = db.prepare(
      'INSERT INTO persons (id, name, email, organisation, erased_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const row of rows) {
      if (row.erased_at) {
        insertPerson.run(row.id, null, null, row.organisation, row.erased_at);
        continue;
      }
      const key = newPersonKey();
      insertKey.run(row.id, key);
      const sealed = (field: 'name' | 'email', value: string | null) =>
        value === null ? null : seal(key, row.id, field, value);
      insertPerson.run(row.id, sealed('name', row.name), sealed('email', row.email), row.organisation, null);
    }
    db.exec('DROP TABLE persons_plaintext');
  }
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return legacy;
}
