import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

export interface PersonRecord {
  id: string;
  name: string | null;
  email: string | null;
  organisation: string | null;
  erasedAt: string | null;
}

/**
 * Names and e-mail addresses of people, kept outside the event store so that a GDPR erasure can
 * remove them while events keep only the person's id and organisation.
 */
export class PersonDirectory {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS persons (
      id TEXT PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, erased_at TEXT)`);
  }

  /** Records or refreshes a person known by an external id (e.g. a token's subject). */
  upsert(id: string, fields: { name?: string | null; email?: string | null; organisation?: string | null }): void {
    this.db
      .prepare(
        `INSERT INTO persons (id, name, email, organisation) VALUES (@id, @name, @email, @organisation)
         ON CONFLICT(id) DO UPDATE SET
           name = COALESCE(excluded.name, persons.name),
           email = COALESCE(excluded.email, persons.email),
           organisation = COALESCE(excluded.organisation, persons.organisation)
         WHERE persons.erased_at IS NULL`,
      )
      .run({ id, name: fields.name ?? null, email: fields.email ?? null, organisation: fields.organisation ?? null });
  }

  /** Registers a person named in a command (e.g. a decision's member) and returns their new id. */
  register(fields: { name: string; email?: string | null; organisation?: string | null }): string {
    const id = `person-${randomUUID()}`;
    this.upsert(id, fields);
    return id;
  }

  find(id: string): PersonRecord | null {
    const row = this.db.prepare('SELECT id, name, email, organisation, erased_at FROM persons WHERE id = ?').get(id) as
      | { id: string; name: string | null; email: string | null; organisation: string | null; erased_at: string | null }
      | undefined;
    return row ? { ...row, erasedAt: row.erased_at } : null;
  }

  /** Shown name: the person's name, "raderad" after an erasure, null when unknown. */
  displayName(id: string): string | null {
    const person = this.find(id);
    if (!person) return null;
    return person.erasedAt ? 'raderad' : person.name;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
