import { Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { newPersonKey, seal, SealedField, SEALED_FIELDS, unseal } from './person-cipher';
import { openPersonDatabase, truncateWal } from './person-schema';

export interface PersonRecord {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  erasedAt: string | null;
}

export type PersonFields = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  organisation?: string | null;
};

export type ErasureResult = 'erased' | 'already_erased' | 'unknown';

type Row = {
  id: string;
  name: Buffer | null;
  email: Buffer | null;
  phone: Buffer | null;
  organisation: string | null;
  erased_at: string | null;
  key: Buffer | null;
};

/**
 * Names, e-mail addresses and phone numbers of people, kept outside the event store so that a GDPR
 * erasure can remove them while events keep only the person's id and organisation. Each person's
 * fields are sealed (AES-256-GCM) under a key of their own; erasure deletes the key and the
 * ciphertexts (crypto-shredding), so a copy of the ciphertext in an old backup stays unreadable.
 */
export class PersonDirectory {
  private readonly db: Database.Database;
  private readonly logger = new Logger('PersonDirectory');
  private readonly statements: Record<
    'row' | 'key' | 'insertKey' | 'upsert' | 'deleteKey' | 'erase' | 'erasedIds',
    Database.Statement
  >;

  constructor(file: string) {
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
    };
    this.statements = Object.fromEntries(
      Object.entries(sql).map(([k, s]) => [k, this.db.prepare(s)]),
    ) as typeof this.statements;
  }

  /** Records or refreshes a person known by an external id (e.g. a token's subject). Never revives an erased one. */
  upsert(id: string, fields: PersonFields): void {
    this.db
      .transaction(() => {
        const row = this.row(id);
        if (row?.erased_at) return;
        const given = SEALED_FIELDS.filter((f) => fields[f] != null);
        const unchanged =
          row &&
          (fields.organisation == null || fields.organisation === row.organisation) &&
          given.every((f) => this.open(row, f) === fields[f]);
        if (unchanged) return; // at every request from the token: no write when nothing changed
        let key = row?.key ?? (this.statements.key.get(id) as { key: Buffer } | undefined)?.key;
        if (!key) this.statements.insertKey.run(id, (key = newPersonKey()));
        const personKey = key;
        const sealed = (f: SealedField) => {
          const value = fields[f];
          return value == null ? null : seal(personKey, id, f, value);
        };
        this.statements.upsert.run({
          id,
          name: sealed('name'),
          email: sealed('email'),
          phone: sealed('phone'),
          organisation: fields.organisation ?? null,
        });
      })
      .immediate();
  }

  /** Registers a person named in a command (e.g. a decision's member) and returns their new id. */
  register(fields: PersonFields & { name: string }): string {
    const id = `person-${randomUUID()}`;
    this.upsert(id, fields);
    return id;
  }

  find(id: string): PersonRecord | null {
    const row = this.row(id);
    if (!row) return null;
    const [name, email, phone] = SEALED_FIELDS.map((f) => this.open(row, f));
    return { id, name, email, phone, organisation: row.organisation, erasedAt: row.erased_at };
  }

  /** Shown name: the person's name, "raderad" after an erasure, null when unknown. */
  displayName(id: string): string | null {
    const row = this.row(id);
    if (!row) return null;
    return row.erased_at ? 'raderad' : this.open(row, 'name');
  }

  /**
   * GDPR erasure: deletes the person's key and ciphertexts and marks them erased; the organisation
   * stays, as the trail keeps it. Deleted content is overwritten (secure_delete) and the WAL emptied.
   */
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

  /**
   * People whose name or e-mail contains the text (case-insensitive), for a data protection officer
   * who must find whom an erasure request is about. Names are sealed, so this opens each row: fine
   * for a directory of thousands, not of millions.
   */
  search(text: string, limit = 50): PersonRecord[] {
    const needle = text.trim().toLocaleLowerCase('sv');
    if (!needle) return [];
    const found: PersonRecord[] = [];
    for (const { id } of this.db.prepare('SELECT id FROM persons WHERE erased_at IS NULL ORDER BY id').all() as {
      id: string;
    }[]) {
      const person = this.find(id);
      const haystack = `${person?.name ?? ''}\n${person?.email ?? ''}`.toLocaleLowerCase('sv');
      if (person && haystack.includes(needle)) found.push(person);
      if (found.length >= limit) break;
    }
    return found;
  }

  isErased(id: string): boolean {
    return Boolean(this.row(id)?.erased_at);
  }

  /** Ids of every erased person, for sweeps of other stores. */
  erasedIds(): string[] {
    return (this.statements.erasedIds.all() as { id: string }[]).map((r) => r.id);
  }

  /** How many people the directory holds, erased ones included: a refused command must not add one. */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM persons').get() as { n: number }).n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private row(id: string): Row | undefined {
    return this.statements.row.get(id) as Row | undefined;
  }

  /** The field in clear; null when absent, erased, or when its ciphertext fails authentication. */
  private open(row: Row, field: SealedField): string | null {
    const blob = row[field];
    if (!blob || !row.key) return null;
    try {
      return unseal(row.key, row.id, field, blob);
    } catch {
      // Nothing about the person: not the id, not the ciphertext.
      this.logger.warn({ msg: 'a personal field failed authentication and is shown as missing', field });
      return null;
    }
  }
}
