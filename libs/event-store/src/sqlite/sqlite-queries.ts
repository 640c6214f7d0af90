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

/** The WHERE conditions of a filter; stream prefixes are OR-ed, event types too, and both AND-ed. */
function filterConditions(filter: AllFilter | undefined, params: Query['params']): string[] {
  const conditions: string[] = [];
  const prefixes = filter?.streamPrefixes ?? [];
  // An empty prefix matches every stream, which makes the whole OR true: no condition at all.
  if (prefixes.length > 0 && !prefixes.includes('')) {
    const ranges = prefixes.map((prefix) => {
      const bound = prefixUpperBound(prefix);
      params.push(prefix);
      if (bound === null) return '(stream >= ?)';
      params.push(bound);
      return '(stream >= ? AND stream < ?)';
    });
    conditions.push(`(${ranges.join(' OR ')})`);
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  return conditions;
}

/**
 * Builds the query for `readAll`. Returns null when the answer is empty without asking
 * (forwards from 'end', backwards from 'start').
 */
export function readAllQuery(options: ReadAllOptions): Query | null {
  const backwards = options.direction === 'backwards';
  const from: Position | 'start' | 'end' = options.fromPosition ?? (backwards ? 'end' : 'start');
  const limit = limitOf(options.maxCount);
  if (from === (backwards ? 'start' : 'end') || limit === 0) return null;
  const params: Query['params'] = [];
  const conditions: string[] = [];
  if (typeof from === 'bigint') {
    conditions.push(backwards ? 'position < ?' : 'position > ?');
    params.push(from);
  } else if (from !== 'start' && from !== 'end') {
    throw new TypeError(`fromPosition must be a bigint, 'start' or 'end', got ${String(from)}`);
  }
  conditions.push(...filterConditions(options.filter, params));
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  params.push(limit);
  const order = backwards ? 'DESC' : 'ASC';
  return { sql: `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY position ${order} LIMIT ?`, params };
}
