import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';

/** The read-model database: disposable tables rebuilt from the store, in their own SQLite file. */
export class ReadModelDb {
  readonly db: Database.Database;

  constructor(file: string) {
    const fresh = file !== ':memory:' && !existsSync(file);
    this.db = new Database(file);
    // Read models hold what the events hold (and names never): the owner's alone, like the store.
    if (fresh) chmodSync(file, 0o600);
    this.db.pragma('journal_mode = WAL');
    // Read models can always be rebuilt from the store, so they need not survive a power cut.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of SQLite's 2 MiB: rows keyed by random ids (entities, the
    // timeline's stream and event indexes) land all over their B-trees, and with a small cache every
    // such write reads pages back from the file once the tables outgrow it (bench/README.md).
    this.db.pragma('cache_size = -65536');
    this.db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY, version INTEGER NOT NULL, position TEXT)`);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
