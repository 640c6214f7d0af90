import {
  AppendResult,
  AppendTooLargeError,
  EventToAppend,
  ExpectedRevision,
  IdempotencyMismatchError,
  statedRecordedAt,
  WrongExpectedRevisionError,
} from './event-store';

/**
 * The rules of `append` that do not depend on where events are stored, shared by every adapter so
 * that they refuse and accept the very same calls.
 */

/** An event validated and serialised before any I/O: a bad event fails the call before a write. */
export interface SerialisedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
  /** The recorded time the metadata states, if any (see RECORDED_AT_KEY). */
  recordedAt: string | null;
}

/**
 * Event data per append, at most: EventStoreDB's default MaxAppendSize, counted as the server
 * counts it (Event.SizeOnDisk, which by operator precedence sums only the data bytes).
 */
export const MAX_APPEND_DATA_BYTES = 1024 * 1024;

/** The size of an append as EventStoreDB counts it: the UTF-8 bytes of each event's data. */
export function appendDataBytes(events: readonly { data: string }[]): number {
  return events.reduce((sum, event) => sum + Buffer.byteLength(event.data, 'utf8'), 0);
}

/** Where an event id is stored, as far as the adapter can see. */
export interface StoredId {
  stream: string;
  revision: bigint;
  position: bigint;
}

/** Checks the arguments and serialises the events; throws before anything is written. */
export function prepareAppend(stream: string, events: EventToAppend[], expected: ExpectedRevision): SerialisedEvent[] {
  validateStream(stream);
  validateExpected(expected);
  const serialised = events.map(serialise);
  const ids = new Set(serialised.map((event) => event.id));
  if (ids.size !== serialised.length) {
    throw new TypeError(`Stream ${stream}: an append repeats an event id`);
  }
  const bytes = appendDataBytes(serialised);
  if (bytes > MAX_APPEND_DATA_BYTES) throw new AppendTooLargeError(stream, MAX_APPEND_DATA_BYTES, bytes);
  return serialised;
}

/**
 * Recognises a retry. When the first id is already stored, a clean retry (the very same ids, in
 * that stream, at consecutive revisions, in that order) reports the original result, whatever
 * `expectedRevision` says now, because the original append already passed that check; anything
 * else reuses ids and is refused. Returns undefined when no id is stored: a new append.
 */
export function retriedAppend(
  stream: string,
  events: SerialisedEvent[],
  lookup: (id: string) => StoredId | undefined,
): AppendResult | undefined {
  const first = events[0];
  if (first === undefined || lookup(first.id) === undefined) {
    for (const event of events) {
      if (lookup(event.id) !== undefined) throw new IdempotencyMismatchError(stream, event.id);
    }
    return undefined;
  }
  let previous: StoredId | undefined;
  for (const event of events) {
    const stored = lookup(event.id);
    const inPlace =
      stored !== undefined &&
      stored.stream === stream &&
      (previous === undefined || stored.revision === previous.revision + 1n);
    if (!inPlace) throw new IdempotencyMismatchError(stream, event.id);
    previous = stored;
  }
  const last = previous as StoredId;
  return { nextExpectedRevision: Number(last.revision), position: last.position };
}

export function checkExpected(stream: string, expected: ExpectedRevision, current: number | 'no_stream'): void {
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
  let recordedAt: Date | null;
  try {
    recordedAt = statedRecordedAt(event.metadata);
  } catch (error) {
    throw new TypeError(`Event ${event.id}: ${(error as Error).message}`);
  }
  return {
    id: event.id,
    type: event.type,
    data,
    metadata: JSON.stringify(event.metadata ?? {}),
    recordedAt: recordedAt?.toISOString() ?? null,
  };
}
