import { Client, PoolClient } from 'pg';
import { PostgresDatabase } from '../postgres/postgres-database';
import { newPersonKey } from './person-cipher';
import { ErasureResult, PersonDirectory, PersonFields, SealedPerson } from './person-directory';

/** One channel for the database; a payload names its schema, so workspaces sharing a database ignore each other. */
const CHANNEL = 'samverkan_persons';
const RECONNECT_MS = 1000;
/** How long a request waits for the directory to reconnect before it is refused. */
const CATCH_UP_TIMEOUT_MS = 5000;

type Versioned = SealedPerson & { version: string };
type Change = { schema: string; id: string; version: string; erasedAt?: string };

const SELECT = `SELECT p.id, p.name, p.email, p.phone, p.organisation, p.erased_at, p.version::text AS version, k.key
                FROM persons p LEFT JOIN person_keys k ON k.person_id = p.id`;

/**
 * The person directory in PostgreSQL, shared by every replica. Reads answer from this replica's
 * copy of the table, which PostgreSQL keeps current: a commit notifies every replica (LISTEN/NOTIFY)
 * and an erasure is applied to the copy the moment its notification arrives, key and all.
 * {@link caughtUp}, awaited before each request, is a round trip on the listening connection, which
 * PostgreSQL answers only after every notification committed before it: no replica shows a name
 * after the request that erased it has been answered.
 */
export class PostgresPersonDirectory extends PersonDirectory {
  private readonly people = new Map<string, Versioned>();
  private readonly pending = new Set<Promise<void>>();
  private listener: Client | null = null;
  private connected: Promise<void>;
  private closed = false;

  private constructor(private readonly db: PostgresDatabase) {
    super();
    this.connected = this.listen();
  }

  static async open(db: PostgresDatabase): Promise<PostgresPersonDirectory> {
    const directory = new PostgresPersonDirectory(db);
    await directory.connected;
    return directory;
  }

  async upsert(id: string, fields: PersonFields): Promise<void> {
    const known = this.people.get(id);
    if (known && !this.needsWrite(known, fields)) return;
    const written = await this.db.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO persons (id, version) VALUES ($1, nextval('person_versions')) ON CONFLICT (id) DO NOTHING`,
        [id],
      );
      const row = await this.locked(client, id);
      if (!row || !this.needsWrite(row, fields)) {
        if (row && inserted.rowCount) await this.notify(client, { id, version: row.version });
        return row;
      }
      let key = row.key;
      if (!key) {
        key = newPersonKey();
        await client.query('INSERT INTO person_keys (person_id, key) VALUES ($1, $2)', [id, key]);
      }
      const sealed = this.sealFields(key, id, fields);
      await client.query(
        `UPDATE persons SET name = COALESCE($2, name), email = COALESCE($3, email), phone = COALESCE($4, phone),
           organisation = COALESCE($5, organisation), version = nextval('person_versions') WHERE id = $1`,
        [id, sealed.name, sealed.email, sealed.phone, sealed.organisation],
      );
      const updated = await this.locked(client, id);
      await this.notify(client, { id, version: updated!.version });
      return updated;
    });
    if (written) this.apply(written);
  }

  async erase(id: string, at: Date): Promise<ErasureResult> {
    const erasedAt = at.toISOString();
    const result = await this.db.transaction(async (client): Promise<ErasureResult | Versioned> => {
      const row = await this.locked(client, id);
      if (!row) return 'unknown';
      if (row.erased_at) return 'already_erased';
      await client.query('DELETE FROM person_keys WHERE person_id = $1', [id]);
      const { rows } = await client.query<{ version: string }>(
        `UPDATE persons SET name = NULL, email = NULL, phone = NULL, erased_at = $2, version = nextval('person_versions')
         WHERE id = $1 RETURNING version::text AS version`,
        [id, erasedAt],
      );
      await this.notify(client, { id, version: rows[0].version, erasedAt });
      return { ...row, version: rows[0].version };
    });
    if (typeof result === 'string') return result;
    this.applyErasure({ schema: this.db.options.schema, id, version: result.version, erasedAt });
    return 'erased';
  }

  erasedIds(): string[] {
    return [...this.people.values()]
      .filter((p) => p.erased_at)
      .map((p) => p.id)
      .sort();
  }

  count(): number {
    return this.people.size;
  }

  async caughtUp(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the person directory cannot reach PostgreSQL')), CATCH_UP_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.listening(), timeout]);
      await Promise.race([Promise.all(this.pending), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One round trip on a live listening connection: every notification committed before it has
   * arrived. A connection that died before its 'end' came is found lost here, and the wait goes on
   * through the reconnect (which loads everything again).
   */
  private async listening(): Promise<void> {
    for (;;) {
      if (this.closed) throw new Error('the person directory is closed');
      await this.connected;
      const listener = this.listener;
      // Between a loss and its reconnect there is none; give the reconnect a turn rather than spin.
      if (!listener) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      try {
        await listener.query('SELECT 1');
        return;
      } catch {
        this.lost(listener);
      }
    }
  }

  async close(): Promise<void> {
    await this.settled();
    this.closed = true;
    await this.connected.catch(() => undefined);
    await Promise.allSettled(this.pending);
    await this.listener?.end().catch(() => undefined);
    this.people.clear();
  }

  protected row(id: string): SealedPerson | undefined {
    return this.people.get(id);
  }

  protected liveIds(): string[] {
    return [...this.people.values()]
      .filter((p) => !p.erased_at)
      .map((p) => p.id)
      .sort();
  }

  /** The person's row, locked for this transaction so that replicas writing one person take turns. */
  private async locked(client: PoolClient, id: string): Promise<Versioned | undefined> {
    const { rows } = await client.query<Versioned>(`${SELECT} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
    return rows[0];
  }

  /** Sent by PostgreSQL at commit, to every replica listening (this one too). */
  private async notify(client: PoolClient, change: Omit<Change, 'schema'>): Promise<void> {
    const payload: Change = { schema: this.db.options.schema, ...change };
    await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(payload)]);
  }

  /** Listens first, then loads: a change committed in between arrives as a notification. */
  private async listen(): Promise<void> {
    const client = new Client(PostgresDatabase.clientConfig(this.db.options, 'listener'));
    client.on('notification', ({ payload }) => payload && this.notified(payload));
    client.on('error', (error) => this.db.options.onError?.(error));
    client.on('end', () => this.lost(client));
    await client.connect();
    this.listener = client;
    await client.query(`LISTEN ${CHANNEL}`);
    for (const row of await this.db.query<Versioned>(SELECT)) this.apply(row);
  }

  /** A lost listening connection may have missed notifications: reconnect and load everything again. */
  private lost(client: Client): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    const retry = async (): Promise<void> => {
      for (;;) {
        if (this.closed) return;
        try {
          return await this.listen();
        } catch (error) {
          this.db.options.onError?.(error as Error);
          await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
        }
      }
    };
    this.connected = retry();
  }

  private notified(payload: string): void {
    const change = JSON.parse(payload) as Change;
    if (change.schema !== this.db.options.schema) return;
    if (change.erasedAt) return this.applyErasure(change);
    const known = this.people.get(change.id);
    if (known && BigInt(known.version) >= BigInt(change.version)) return;
    const reload = this.db
      .query<Versioned>(`${SELECT} WHERE p.id = $1`, [change.id])
      .then(([row]) => row && this.apply(row))
      .catch(() => undefined) // counted by the database's error hook; the next change or reconnect loads it again
      .finally(() => this.pending.delete(reload));
    this.pending.add(reload);
  }

  /** The erasure at once, without a round trip: the key leaves this replica's memory with the notification. */
  private applyErasure(change: Change): void {
    const known = this.people.get(change.id);
    this.people.set(change.id, {
      id: change.id,
      name: null,
      email: null,
      phone: null,
      key: null,
      organisation: known?.organisation ?? null,
      erased_at: change.erasedAt!,
      version: change.version,
    });
  }

  /** Keeps the newest version of a person; an erasure is final whatever arrives after it. */
  private apply(row: Versioned): void {
    const known = this.people.get(row.id);
    if (known?.erased_at && !row.erased_at) return;
    if (known && BigInt(known.version) > BigInt(row.version)) return;
    this.people.set(row.id, row);
  }
}
