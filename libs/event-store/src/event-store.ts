/**
 * The event store port. Modelled on EventStoreDB so that the embedded SQLite adapter and the
 * EventStoreDB adapter behave alike, case for case (see libs/event-store/test/contract).
 */

/** A global position in $all. Strictly increasing across the store; opaque to callers. */
export type Position = bigint;

/** The expected state of a stream for an optimistic append, as in EventStoreDB. */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

/**
 * The metadata key with which a caller states an event's recorded time (ISO 8601, UTC, with
 * milliseconds, as `Date.toISOString` writes it). Stated there, the time is part of what the caller
 * hashes; the store reports that very time as `recordedAt` instead of its own clock's.
 */
export const RECORDED_AT_KEY = 'recordedAt';

/** An event as the caller hands it to `append`. The caller chooses the id (a UUID). */
export interface EventToAppend {
  id: string;
  type: string;
  data: unknown;
  /** May state the recorded time under {@link RECORDED_AT_KEY}; an append refuses one not in that form. */
  metadata: Record<string, unknown>;
}

/** An event as it was stored. */
export interface RecordedEvent {
  id: string;
  stream: string;
  /** 0, 1, 2… within the stream. */
  revision: number;
  /** Position in $all. */
  position: Position;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  /**
   * When it was recorded: the time its metadata states under {@link RECORDED_AT_KEY}, else the
   * store's own clock at the append (SQLite: the adapter's; EventStoreDB: the server's `created`).
   */
  recordedAt: Date;
}

export interface AppendOptions {
  /** Defaults to 'any'. */
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream (of this append, or of the original on a retry). */
  nextExpectedRevision: number;
  /** Position of the last event of this append. */
  position: Position;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number | 'start' | 'end';
  maxCount?: number;
}

export interface AllFilter {
  /** Keep events whose stream name starts with one of these. */
  streamPrefixes?: string[];
  /** Keep events whose type is one of these. */
  eventTypes?: string[];
}

export interface ReadAllOptions {
  direction?: 'forwards' | 'backwards';
  /**
   * Forwards: events with a position strictly after this one ('start' = from the first event).
   * Backwards: events with a position strictly before this one ('end' = from the last event).
   */
  fromPosition?: Position | 'start' | 'end';
  maxCount?: number;
  filter?: AllFilter;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position; 'start' from the beginning, 'end' only new ones. */
  fromPosition?: Position | 'start' | 'end';
  filter?: AllFilter;
}

/**
 * A catch-up subscription: first every stored event after the given position, then live ones,
 * in order, at least once. The consumer keeps its own checkpoint (the last position it handled).
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  unsubscribe(): Promise<void>;
}

export interface EventStore {
  /**
   * Names the space positions live in ('sqlite', 'eventstoredb'): a checkpoint taken on one store
   * means nothing on another, so a consumer that finds its checkpoints from another space starts over.
   */
  readonly positionSpace: string;

  /**
   * Appends events atomically: all of them or none. A mismatch with `expectedRevision` throws a
   * {@link WrongExpectedRevisionError} and appends nothing. Appending the very same event ids again
   * after a success is a no-op that reports success (an idempotent retry).
   */
  append(stream: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult>;

  /** Reads one stream. A stream that does not exist reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Reads $all in order of position. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Subscribes to $all: catch-up from `fromPosition`, then live. */
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;

  /** Position of the last event in the store, or null when the store is empty. */
  headPosition(): Promise<Position | null>;

  /** Releases connections. In-flight appends finish first. */
  close(): Promise<void>;
}

/** The stream is not at the expected revision; nothing was appended. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)} but found ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some but not all of the event ids of an append were already stored: not a clean retry. */
export class IdempotencyMismatchError extends Error {
  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`Stream ${stream}: event id ${eventId} was already used by a different append`);
    this.name = 'IdempotencyMismatchError';
  }
}

/**
 * An append carries more data than one append may: nothing was appended. EventStoreDB refuses an
 * append over its MaxAppendSize (1 MiB by default) of event data; both adapters refuse at that
 * limit, so a command that passes here also passes there.
 */
export class AppendTooLargeError extends Error {
  constructor(
    readonly stream: string,
    /** The limit, in bytes of event data (UTF-8 JSON). */
    readonly maxBytes: number,
    /** The append's size, when known before sending. */
    readonly bytes?: number,
  ) {
    super(
      `Stream ${stream}: an append may carry at most ${maxBytes} bytes of event data` +
        (bytes === undefined ? '' : `, this one carries ${bytes}`),
    );
    this.name = 'AppendTooLargeError';
  }
}

/** The stream was deleted for good (an EventStoreDB tombstone): it can be neither read nor written. */
export class StreamDeletedError extends Error {
  constructor(readonly stream: string) {
    super(`Stream ${stream} is deleted for good (tombstoned): it cannot be read or appended to`);
    this.name = 'StreamDeletedError';
  }
}

/**
 * The store refused the credentials the adapter connects with the right to do something it needs
 * (EventStoreDB: reading or subscribing to $all needs a user in $admins or $ops). Retrying cannot help.
 */
export class StoreAccessDeniedError extends Error {
  constructor(
    readonly operation: string,
    override readonly cause?: unknown,
  ) {
    super(
      `The event store refused ${operation}: the user in EVENTSTORE_CONNECTION_STRING lacks the right ` +
        '(reading $all needs a member of $admins or $ops, or an ACL that grants it)',
    );
    this.name = 'StoreAccessDeniedError';
  }
}

/**
 * The store could not be reached (connection refused or lost, deadline passed, no leader). An
 * append that fails so is all or nothing on the server; whether it landed is unknown to the
 * caller, so it retries with the same event ids, which the contract makes safe.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly operation: string,
    override readonly cause?: unknown,
  ) {
    super(`The event store is unreachable (${operation}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

/** Stream names are `<category>-<id>`; the category is everything before the first dash. */
export function categoryOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
}

/**
 * The recorded time an event's metadata states, or null when it states none. A stated time must be
 * exactly `Date.toISOString`'s form, so the stored column and the hashed text are one string.
 */
export function statedRecordedAt(metadata: Record<string, unknown> | null | undefined): Date | null {
  const stated = metadata?.[RECORDED_AT_KEY];
  if (stated === undefined) return null;
  const at = typeof stated === 'string' ? new Date(stated) : null;
  if (at === null || Number.isNaN(at.getTime()) || at.toISOString() !== stated) {
    throw new TypeError(
      `${RECORDED_AT_KEY} must be an ISO 8601 UTC time as Date.toISOString writes it, got ${JSON.stringify(stated)}`,
    );
  }
  return at;
}
