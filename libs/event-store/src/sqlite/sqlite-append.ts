import type Database from 'better-sqlite3';
import {
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  IdempotencyMismatchError,
  WrongExpectedRevisionError,
} from '../event-store';

/** An event ready for INSERT: validated and serialised before the transaction starts. */
interface SerialisedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
}

interface StoredId {
  stream: string;
  revision: bigint;
  position: bigint;
}

interface StreamHead {
  revision: bigint;
  position: bigint;
}

/** What an append did; `appended` tells the store whether subscribers have anything new. */
export interface AppendOutcome extends AppendResult {
  appended: boolean;
}

/**
 * Creates the append operation over `db`. Each call runs in one IMMEDIATE transaction, so the
 * revision check and the inserts see the same stream head even when another process appends too.
 */
export function createAppender(
  db: Database.Database,
): (stream: string, events: EventToAppend[], expected: ExpectedRevision) => AppendOutcome {
  const selectById = db.prepare<[string], StoredId>(
    'SELECT stream, revision, position FROM events WHERE event_id = ?',
  );
  const selectHead = db.prepare<[string], StreamHead>(
    'SELECT revision, position FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
  );
  const insert = db.prepare<[string, string, number, string, string, string, string]>(
    `INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const run = (stream: string, events: SerialisedEvent[], expected: ExpectedRevision): AppendOutcome => {
    const first = events[0];
    if (first !== undefined && selectById.get(first.id) !== undefined) {
      return { ...retryResult(stream, events, selectById), appended: false };
    }
    for (const event of events) {
      if (selectById.get(event.id) !== undefined) throw new IdempotencyMismatchError(stream, event.id);
    }
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
    const recordedAt = new Date().toISOString();
    let revision = current === 'no_stream' ? -1 : current;
    let position = -1n;
    for (const event of events) {
      revision += 1;
      const { id, type, data, metadata } = event;
      const result = insert.run(id, stream, revision, type, data, metadata, recordedAt);
      position = BigInt(result.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position, appended: true };
  };
  const transaction = db.transaction(run);

  return (stream, events, expected) => {
    validateStream(stream);
    validateExpected(expected);
    const serialised = events.map(serialise);
    const ids = new Set(serialised.map((event) => event.id));
    if (ids.size !== serialised.length) {
      throw new TypeError(`Stream ${stream}: an append repeats an event id`);
    }
    return transaction.immediate(stream, serialised, expected);
  };
}

/**
 * The first id is already stored: a clean retry (the very same ids, in that stream, at consecutive
 * revisions, in that order) reports the original result, whatever `expectedRevision` says now,
 * because the original append already passed that check. Anything else is a different append
 * reusing ids.
 */
function retryResult(
  stream: string,
  events: SerialisedEvent[],
  selectById: Database.Statement<[string], StoredId>,
): AppendResult {
  let previous: StoredId | undefined;
  for (const event of events) {
    const stored = selectById.get(event.id);
    const inPlace =
      stored !== undefined &&
      stored.stream === stream &&
      (previous === undefined || stored.revision === previous.revision + 1n);
    if (!inPlace) throw new IdempotencyMismatchError(stream, event.id);
    previous = stored;
  }
  // `events` is non-empty here, so `previous` is the last event of the original append.
  const last = previous as StoredId;
  return { nextExpectedRevision: Number(last.revision), position: last.position };
}

function checkExpected(stream: string, expected: ExpectedRevision, current: number | 'no_stream'): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === 'no_stream') ||
    (expected === 'stream_exists' && current !== 'no_stream') ||
    (typeof expected === 'number' && expected === current);
  if (!ok) throw new WrongExpectedRevisionError(stream, expected, current);
}

function validateStream(stream: string): void {
  if (typeof stream !== 'string' || stream.length === 0) {
    throw new TypeError('A stream name must be a non-empty string');
  }
}

function validateExpected(expected: ExpectedRevision): void {
  const valid =
    typeof expected === 'number' ? Number.isSafeInteger(expected) && expected >= 0 : isNamedExpectation(expected);
  if (!valid) {
    throw new RangeError(
      `expectedRevision must be a revision >= 0, 'no_stream', 'stream_exists' or 'any', got ${String(expected)}`,
    );
  }
}

function isNamedExpectation(expected: unknown): boolean {
  return expected === 'no_stream' || expected === 'stream_exists' || expected === 'any';
}

function serialise(event: EventToAppend): SerialisedEvent {
  if (typeof event.id !== 'string' || event.id.length === 0) {
    throw new TypeError('An event id must be a non-empty string');
  }
  if (typeof event.type !== 'string' || event.type.length === 0) {
    throw new TypeError(`Event ${event.id}: the type must be a non-empty string`);
  }
  const data = JSON.stringify(event.data);
  if (data === undefined) throw new TypeError(`Event ${event.id}: data is not JSON-serialisable`);
  return { id: event.id, type: event.type, data, metadata: JSON.stringify(event.metadata ?? {}) };
}
