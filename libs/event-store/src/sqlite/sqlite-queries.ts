import type { AllFilter, Position, ReadAllOptions, RecordedEvent } from '../event-store';

/** A row of the `events` table as better-sqlite3 returns it (safe integers: INTEGER → bigint). */
export interface EventRow {
  position: bigint;
  event_id: string;
  stream: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export const EVENT_COLUMNS = 'position, event_id, stream, revision, type, data, metadata, recorded_at';

export function rowToEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream,
    revision: Number(row.revision),
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    recordedAt: new Date(row.recorded_at),
  };
}

/** SQLite's LIMIT for "no limit". */
export const NO_LIMIT = -1;

/** Validates a caller's maxCount and turns "absent" into SQLite's "no limit". */
export function limitOf(maxCount: number | undefined): number {
  if (maxCount === undefined) return NO_LIMIT;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be a non-negative integer, got ${maxCount}`);
  }
  return maxCount;
}

const MAX_CODE_POINT = 0x10ffff;
const SURROGATES_START = 0xd800;
const SURROGATES_END = 0xdfff;

/**
 * The smallest string greater than every string that starts with `prefix`, or null when there is
 * none (the prefix is empty or made only of U+10FFFF). With it, "starts with" becomes the range
 * `prefix <= s < bound`, which SQLite answers from an index. Unlike LIKE/GLOB this needs no escaping
 * of `%`, `_`, `*`… and is exact: SQLite compares TEXT with memcmp over UTF-8, and UTF-8 byte order
 * is code point order, so incrementing the last code point bounds exactly the strings with the prefix.
 */
export function prefixUpperBound(prefix: string): string | null {
  const codePoints = Array.from(prefix, (char) => char.codePointAt(0) ?? 0);
  while (codePoints.length > 0 && codePoints[codePoints.length - 1] === MAX_CODE_POINT) codePoints.pop();
  const last = codePoints.pop();
  if (last === undefined) return null;
  const next = last + 1 === SURROGATES_START ? SURROGATES_END + 1 : last + 1;
  return String.fromCodePoint(...codePoints, next);
}

/** An SQL statement with its parameters. */
export interface Query {
  sql: string;
  params: Array<string | number | bigint>;
}

/** Whether a filter names streams: an empty prefix matches every stream, so it names none. */
const filtersStreams = (filter: AllFilter | undefined): boolean =>
  (filter?.streamPrefixes ?? []).length > 0 && !filter!.streamPrefixes!.includes('');

/**
 * The WHERE conditions of a filter; stream prefixes are OR-ed, event types too, and both AND-ed.
 * `byPosition` writes the columns as `+stream` and `+type`, which SQLite may not look up in an
 * index, so it walks the positions instead.
 */
function filterConditions(filter: AllFilter | undefined, params: Query['params'], byPosition = false): string[] {
  const conditions: string[] = [];
  const [stream, type] = byPosition ? ['+stream', '+type'] : ['stream', 'type'];
  if (filtersStreams(filter)) {
    const ranges = filter!.streamPrefixes!.map((prefix) => {
      const bound = prefixUpperBound(prefix);
      params.push(prefix);
      if (bound === null) return `(${stream} >= ?)`;
      params.push(bound);
      return `(${stream} >= ? AND ${stream} < ?)`;
    });
    conditions.push(`(${ranges.join(' OR ')})`);
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    conditions.push(`${type} IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  return conditions;
}

/**
 * How many positions a page of a stream-filtered forward read walks in order before it asks the
 * stream index (SqliteEventStore's default; tests pass a small one).
 */
export const POSITION_WINDOW = 20_000;

/** A page of a stream-filtered forward read in two parts: see `pagedFilteredRead`. */
export interface PagedFilteredRead {
  limit: number;
  /** The page among the next `window` positions, walked in order. */
  window: Query;
  /** The rest of the page after the window, from the stream index, asking for `wanted` events. */
  rest(wanted: number): Query;
  /** The last position the window covers: no rest is needed when the store ends there. */
  windowEnd: bigint;
}

/**
 * A page (a `maxCount`) of a forward read filtered by stream prefix, planned so it costs what it
 * reads. Left to itself, SQLite answers it from the (stream, revision) index: it visits every
 * event of the prefix after the cursor and sorts them by position to return the first few, so a
 * subscription polling at the head of a 1M-event store read all 50,000 inspections each time
 * (5 ms), or all 540,000 tip events (55-85 ms, the event loop blocked), and a catch-up through a
 * category costs its length once a page. Walking the positions instead costs the events between
 * the cursor and the page's last: nothing at the head, little for a common category, but the rest
 * of the store for a rare one far behind (650 ms for the one seal of 1M events). So the page first
 * walks the next `window` positions, and only if it is not full there asks the index for the rest
 * after them, where a category that sparse has few events to sort. Null for a read this does not
 * concern (backwards, unpaged, or not filtered by stream), which `readAllQuery` answers as it is.
 */
export function pagedFilteredRead(options: ReadAllOptions, window: number): PagedFilteredRead | null {
  const from = options.fromPosition ?? 'start';
  const limit = limitOf(options.maxCount);
  if (options.direction === 'backwards' || limit === NO_LIMIT || limit === 0 || from === 'end') return null;
  if (!filtersStreams(options.filter)) return null;
  const after = from === 'start' ? 0n : checkedPosition(from);
  const windowEnd = after + BigInt(window);
  return {
    limit,
    windowEnd,
    window: readAllQuery({ ...options, fromPosition: after }, windowEnd)!,
    rest: (wanted) => readAllQuery({ ...options, fromPosition: windowEnd, maxCount: wanted })!,
  };
}

/** A position given by a caller, refused clearly when it is not one (a number, say). */
function checkedPosition(from: Position): Position {
  if (typeof from !== 'bigint')
    throw new TypeError(`fromPosition must be a bigint, 'start' or 'end', got ${String(from)}`);
  return from;
}

/**
 * Builds the query for `readAll`. Returns null when the answer is empty without asking
 * (forwards from 'end', backwards from 'start'). With `upTo`, a forward read walks the positions up
 * to it in order, the filter's columns kept off their indexes (`pagedFilteredRead`'s window).
 */
export function readAllQuery(options: ReadAllOptions, upTo?: bigint): Query | null {
  const backwards = options.direction === 'backwards';
  const from: Position | 'start' | 'end' = options.fromPosition ?? (backwards ? 'end' : 'start');
  const limit = limitOf(options.maxCount);
  if (from === (backwards ? 'start' : 'end') || limit === 0) return null;
  const params: Query['params'] = [];
  const conditions: string[] = [];
  if (from !== 'start' && from !== 'end') {
    conditions.push(backwards ? 'position < ?' : 'position > ?');
    params.push(checkedPosition(from));
  }
  if (upTo !== undefined) {
    conditions.push('position <= ?');
    params.push(upTo);
  }
  conditions.push(...filterConditions(options.filter, params, upTo !== undefined));
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  params.push(limit);
  const order = backwards ? 'DESC' : 'ASC';
  return { sql: `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY position ${order} LIMIT ?`, params };
}
