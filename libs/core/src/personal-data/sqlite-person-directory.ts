import type Database from 'better-sqlite3';
import { newPersonKey } from './person-cipher';
import { ErasureResult, PersonDirectory, PersonFields, SealedPerson } from './person-directory';
import { openPersonDatabase, truncateWal } from './person-schema';

/**
 * The person directory in an embedded SQLite file in DATA_DIR (one server, the default): deleted
 * content is overwritten (secure_delete) and the WAL emptied at an erasure.
 */
export class SqlitePersonDirectory extends PersonDirectory {
  private readonly db: Database.Database;
  private readonly statements: Record<
    'row' | 'key' | 'insertKey' | 'upsert' | 'deleteKey' | 'erase' | 'erasedIds' | 'liveIds',
    Database.Statement
  >;

  constructor(file: string) {
    super();
    this.db = openPersonDatabase(file);
    const sql = {
      row: `SELECT p.id, p.name, p.email, p.phone, p.organisation, p.erased_at, k.key
            FROM persons p LEFT JOIN person_keys k ON k.person_id = p.id WHERE p.id = ?`,
      key: 'SELECT key FROM person_keys WHERE person_id = ?',
      insertKey: 'INSERT INTO person_keys (person_id, key) VALUES (?, ?)',
      upsert: `INSERT INTO persons (id, name, email, phone, organisation) VALUES (@id, @name, @email, @phone, @organisation)
               ON CONFLICT(id) DO UPDATE SET
                 name = COALESCE(excluded.name, persons.name),
                 email = COALESCE(excluded.email, persons.email),
                 phone = COALESCE(excluded.phone, persons.phone),
                 organisation = COALESCE(excluded.organisation, persons.organisation)
               WHERE persons.erased_at IS NULL`,
      deleteKey: 'DELETE FROM person_keys WHERE person_id = ?',
      erase: 'UPDATE persons SET name = NULL, email = NULL, phone = NULL, erased_at = ? WHERE id = ?',
      erasedIds: 'SELECT id FROM persons WHERE erased_at IS NOT NULL ORDER BY id',
      liveIds: 'SELECT id FROM persons WHERE erased_at IS NULL ORDER BY id',
    };
    this.statements = Object.fromEntries(
      Object.entries(sql).map(([k, s]) => [k, this.db.prepare(s)]),
    ) as typeof this.statements;
  }

  upsert(id: string, fields: PersonFields): void {
    this.db
      .transaction(() => {
        const row = this.row(id);
        if (!this.needsWrite(row, fields)) return;
        let key = row?.key ?? (this.statements.key.get(id) as { key: Buffer } | undefined)?.key;
        if (!key) this.statements.insertKey.run(id, (key = newPersonKey()));
        this.statements.upsert.run({ id, ...this.sealFields(key, id, fields) });
      })
      .immediate();
  }

  override register(fields: PersonFields & { name: string }): string {
    return super.register(fields) as string;
  }

  /** Deleted content is overwritten (secure_delete) and the WAL emptied. */
  erase(id: string, at: Date): ErasureResult {
    const result = this.db
      .transaction((): ErasureResult => {
        const row = this.row(id);
        if (!row) return 'unknown';
        if (row.erased_at) return 'already_erased';
        this.statements.deleteKey.run(id);
        this.statements.erase.run(at.toISOString(), id);
        return 'erased';
      })
      .immediate();
    if (result === 'erased' && !truncateWal(this.db)) {
      this.logger.warn({
        msg: 'erasure committed, but a reader kept the WAL from being emptied; it is emptied at a later erasure or close',
      });
    }
    return result;
  }

  erasedIds(): string[] {
    return (this.statements.erasedIds.all() as { id: string }[]).map((r) => r.id);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;
  }

  caughtUp(): void {}

  close(): void {
    if (this.db.open) this.db.close();
  }

  protected row(id: string): SealedPerson | undefined {
    return this.statements.row.get(id) as SealedPerson | undefined;
  }

  protected liveIds(): string[] {
    return (this.statements.liveIds.all() as { id: string }[]).map((r) => r.id);
  }
}
