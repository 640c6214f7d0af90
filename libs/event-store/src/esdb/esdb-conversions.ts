import {
  AccessDeniedError,
  ANY,
  AppendExpectedRevision,
  CancelledError,
  DeadlineExceededError,
  END,
  eventTypeFilter,
  excludeSystemEvents,
  Filter,
  NO_STREAM,
  NotLeaderError,
  ReadPosition,
  START,
  STREAM_EXISTS,
  streamNameFilter,
  TimeoutError,
  UnavailableError,
  type EventType,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import {
  AllFilter,
  ExpectedRevision,
  Position,
  RecordedEvent,
  statedRecordedAt,
  StoreAccessDeniedError,
  StoreUnavailableError,
} from '../event-store';

/** gRPC status codes (grpc/grpc-js `status`), for errors the client passes on unconverted. */
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

/** EventStoreDB writes -1 (as an unsigned 64-bit number) where a record has no log position. */
const NO_POSITION = (1n << 63n) - 1n;

export function toEsdbExpected(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return BigInt(expected);
}

/**
 * An event's position in $all. Events written by a gRPC append each have their own log position,
 * with commit == prepare, so one number orders them; a position the caller hands back is turned
 * into that pair again by {@link toReadPosition}.
 */
export function toReadPosition(position: Position | 'start' | 'end'): ReadPosition {
  if (position === 'start') return START;
  if (position === 'end') return END;
  return { commit: position, prepare: position };
}

export function positionOf(event: EsdbRecordedEvent<EventType>): Position {
  const { commit, prepare } = event.position ?? { commit: -1n, prepare: -1n };
  if (commit >= 0n && commit < NO_POSITION) return commit;
  // Reads of one stream on some server versions leave the commit position out.
  if (prepare >= 0n && prepare < NO_POSITION) return prepare;
  throw new Error(
    `EventStoreDB returned event ${event.id} of ${event.streamId} without a log position; ` +
      'this adapter needs a server that reports positions on reads (EventStoreDB 22.10 or later)',
  );
}

export function toRecorded(event: EsdbRecordedEvent<EventType>): RecordedEvent {
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position: positionOf(event),
    type: event.type,
    data: event.data,
    metadata: (event.metadata ?? {}) as Record<string, unknown>,
    // The server's `created` cannot be set by a client; a stated (hashed) time wins, so both adapters
    // and a migrated copy show the same recorded time.
    recordedAt: statedTime(event) ?? event.created,
  };
}

function statedTime(event: EsdbRecordedEvent<EventType>): Date | null {
  try {
    return statedRecordedAt(event.metadata as Record<string, unknown> | undefined);
  } catch {
    // Appends refuse a malformed time, so only a foreign writer stores one: show the server's, and
    // let verification (which compares the two) name the event.
    return null;
  }
}

/** System events ($-prefixed streams and types: settings, stats, users) are not ours. */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

export function matchesFilter(event: { streamId: string; type: string }, filter: AllFilter | undefined): boolean {
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  if (prefixes.length > 0 && !prefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  return types.length === 0 || types.includes(event.type);
}

/**
 * The server-side part of a filter. EventStoreDB filters on stream names or on event types, not
 * both: with both, the server narrows by stream prefix and the adapter checks the type. Without a
 * filter, the server still leaves out its own system events.
 */
export function serverFilter(filter: AllFilter | undefined): Filter {
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  if (prefixes.length > 0) return streamNameFilter({ prefixes });
  if (types.length > 0) return eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Errors that mean "the store cannot be reached now", as opposed to a refusal. */
export function isUnreachable(error: unknown): boolean {
  // After a drop the client refetches server features, and that call's error reaches us raw.
  const grpcCode = (error as { code?: unknown } | null)?.code;
  if (
    !(error instanceof Error && 'type' in error) &&
    (grpcCode === GRPC_UNAVAILABLE || grpcCode === GRPC_DEADLINE_EXCEEDED)
  ) {
    return true;
  }
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError ||
    error instanceof CancelledError
  );
}

/** The store's answer as the port's error: unreachable (retry) or access denied (fix the user), else as is. */
export function unreachableOr(operation: string, error: unknown): unknown {
  if (error instanceof AccessDeniedError) return new StoreAccessDeniedError(operation, error);
  return isUnreachable(error) ? new StoreUnavailableError(operation, error) : error;
}
