import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { seal, SealedField, SEALED_FIELDS, unseal } from './person-cipher';

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

/** A value now (the embedded file) or later (PostgreSQL): callers await both alike. */
export type Awaitable<T> = T | Promise<T>;

/** A person as stored: the personal fields sealed, the key beside them until an erasure deletes it. */
export type SealedPerson = {
  id: string;
  name: Buffer | null;
  email: Buffer | null;
  phone: Buffer | null;
  organisation: string | null;
  erased_at: string | null;
  key: Buffer | null;
};

/** The sealed columns an upsert writes; null leaves the stored value as it is. */
export type SealedFields = Record<SealedField, Buffer | null> & { organisation: string | null };

/**
 * Names, e-mail addresses and phone numbers of people, kept outside the event store so that a GDPR
 * erasure can remove them while events keep only the person's id and organisation. Each person's
 * fields are sealed (AES-256-GCM) under a key of their own; erasure deletes the key and the
 * ciphertexts (crypto-shredding), so a copy of the ciphertext in an old backup stays unreadable.
 *
 * Kept in an embedded SQLite file ({@link SqlitePersonDirectory}) or, shared by several replicas,
 * in PostgreSQL ({@link PostgresPersonDirectory}). Reads answer at once from either; writes may
 * take a round trip, so callers await them.
 */
export abstract class PersonDirectory {
  protected readonly logger = new Logger('PersonDirectory');
  private readonly background = new Set<Promise<void>>();

  /** Records or refreshes a person known by an external id (e.g. a token's subject). Never revives an erased one. */
  abstract upsert(id: string, fields: PersonFields): Awaitable<void>;

  /**
   * GDPR erasure: deletes the person's key and ciphertexts and marks them erased; the organisation
   * stays, as the trail keeps it.
   */
  abstract erase(id: string, at: Date): Awaitable<ErasureResult>;

  /** Ids of every erased person, for sweeps of other stores. */
  abstract erasedIds(): string[];

  /** How many people the directory holds, erased ones included: a refused command must not add one. */
  abstract count(): number;

  abstract close(): Awaitable<void>;

  /** Waits until this replica has seen every change another one committed (nothing to wait for when embedded). */
  abstract caughtUp(): Awaitable<void>;

  protected abstract row(id: string): SealedPerson | undefined;

  /** Ids of the people not erased, in order, for a search. */
  protected abstract liveIds(): string[];

  /** Registers a person named in a command (e.g. a decision's member) and returns their new id. */
  register(fields: PersonFields & { name: string }): Awaitable<string> {
    const id = `person-${randomUUID()}`;
    const written = this.upsert(id, fields);
    return written instanceof Promise ? written.then(() => id) : id;
  }

  /**
   * An upsert for a caller that cannot wait (a demo's actors, named before their commands): the
   * write finishes in the background, and {@link settled}, awaited at close, waits for it.
   */
  remember(id: string, fields: PersonFields): void {
    const written = this.upsert(id, fields);
    if (!(written instanceof Promise)) return;
    const tracked = written
      .catch((error: Error) => this.logger.error({ msg: 'a person could not be written', err: error.message }))
      .finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Resolves once every write started by {@link remember} has finished. */
  protected async settled(): Promise<void> {
    await Promise.all(this.background);
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

  isErased(id: string): boolean {
    return Boolean(this.row(id)?.erased_at);
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
    for (const id of this.liveIds()) {
      const person = this.find(id);
      const haystack = `${person?.name ?? ''}\n${person?.email ?? ''}`.toLocaleLowerCase('sv');
      if (person && haystack.includes(needle)) found.push(person);
      if (found.length >= limit) break;
    }
    return found;
  }

  /**
   * Whether an upsert has anything to write: an erased person stays erased, and the same fields
   * again (at every request from a token) write nothing.
   */
  protected needsWrite(row: SealedPerson | undefined, fields: PersonFields): boolean {
    if (row?.erased_at) return false;
    if (!row) return true;
    const given = SEALED_FIELDS.filter((f) => fields[f] != null);
    const sameOrganisation = fields.organisation == null || fields.organisation === row.organisation;
    return !sameOrganisation || given.some((f) => this.open(row, f) !== fields[f]);
  }

  /** The given fields sealed under the person's key; null where a field is not given. */
  protected sealFields(key: Buffer, id: string, fields: PersonFields): SealedFields {
    const sealed = (f: SealedField) => {
      const value = fields[f];
      return value == null ? null : seal(key, id, f, value);
    };
    return {
      name: sealed('name'),
      email: sealed('email'),
      phone: sealed('phone'),
      organisation: fields.organisation ?? null,
    };
  }

  /** The field in clear; null when absent, erased, or when its ciphertext fails authentication. */
  protected open(row: SealedPerson, field: SealedField): string | null {
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
