import type Database from 'better-sqlite3';
import { AppendResult, EventToAppend, ExpectedRevision } from '../event-store';
import { checkExpected, prepareAppend, retriedAppend, SerialisedEvent, StoredId } from '../append-rules';
import type { GroupOutcome } from './group-commit';

interface StreamHead {
  revision: bigint;
  position: bigint;
}

/** What an append did; `appended` tells the store whether subscribers have anything new. */
export interface AppendOutcome extends AppendResult {
  appended: boolean;
}

/** One stream's part of a bulk append. */
export interface StreamAppend {
  stream: string;
  events: EventToAppend[];
  expectedRevision?: ExpectedRevision;
}

/** An append checked and serialised (see prepareAppend), waiting for its group's transaction. */
export interface PreparedAppend {
  stream: string;
  events: SerialisedEvent[];
  expected: ExpectedRevision;
}

/**
 * Creates the append operations over `db`. Each runs in one IMMEDIATE transaction, so the revision
 * checks and the inserts see the same stream heads even when another process appends too.
 */
export function createAppender(db: Database.Database): {
  /**
   * Independent appends in one transaction, each in its own savepoint: a refused one is rolled
   * back alone and reported as its outcome, the others commit together.
   */
  appendGroup(appends: PreparedAppend[]): GroupOutcome<AppendOutcome>[];
  /** Appends that stand or fall together. */
  appendMany(appends: StreamAppend[]): AppendOutcome[];
} {
  const selectById = db.prepare<[string], StoredId>('SELECT stream, revision, position FROM events WHERE event_id = ?');
  const selectHead = db.prepare<[string], StreamHead>(
    'SELECT revision, position FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
  );
  const insert = db.prepare<[string, string, number, string, string, string, string]>(
    `INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const run = (stream: string, events: SerialisedEvent[], expected: ExpectedRevision): AppendOutcome => {
    // Event ids are unique across the whole file, so an id used in another stream is refused too.
    const retried = retriedAppend(stream, events, (id) => selectById.get(id));
    if (retried !== undefined) return { ...retried, appended: false };
    const head = selectHead.get(stream);
    const current = head === undefined ? 'no_stream' : Number(head.revision);
    checkExpected(stream, expected, current);
    if (events.length === 0) {
      // Nothing to write: report where the stream stands (-1 / -1n: it does not exist).
      return {
        nextExpectedRevision: current === 'no_stream' ? -1 : current,
        position: head?.position ?? -1n,
        appended: false,
      };
    }
    // One clock reading for the whole append, for events that do not state their own time.
    const now = new Date().toISOString();
    let revision = current === 'no_stream' ? -1 : current;
    let position = -1n;
    for (const event of events) {
      revision += 1;
      const { id, type, data, metadata, recordedAt } = event;
      const result = insert.run(id, stream, revision, type, data, metadata, recordedAt ?? now);
      position = BigInt(result.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position, appended: true };
  };
  // Called inside the group's transaction, better-sqlite3 runs it in a savepoint.
  const one = db.transaction(run);
  const group = db.transaction((appends: PreparedAppend[]) =>
    appends.map(({ stream, events, expected }): GroupOutcome<AppendOutcome> => {
      try {
        return { ok: true, value: one(stream, events, expected) };
      } catch (error) {
        // Some errors (a full disk, a broken file) end the whole transaction, not just the
        // savepoint: the group then fails as a whole rather than go on outside any transaction.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );
  const many = db.transaction((prepared: [string, SerialisedEvent[], ExpectedRevision][]) =>
    prepared.map(([stream, events, expected]) => run(stream, events, expected)),
  );

  return {
    appendGroup: (appends) => group.immediate(appends),
    appendMany: (appends) =>
      many.immediate(
        appends.map(({ stream, events, expectedRevision = 'any' }) => [
          stream,
          prepareAppend(stream, events, expectedRevision),
          expectedRevision,
        ]),
      ),
  };
}
