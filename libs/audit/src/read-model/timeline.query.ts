import type Database from 'better-sqlite3';
import { prepared } from '@samverkan/core';
import { TIMELINE_TABLE } from './timeline.projection';
import { windowPageSql, windowYears } from './timeline.window';

export interface TimelineFilter {
  module?: string;
  stream?: string;
  actorId?: string;
  organisation?: string;
  kind?: string;
  /** By the world's time: when the fact happened. */
  occurredFrom?: Date;
  occurredTo?: Date;
  /** By the store's time: when it was recorded. */
  recordedFrom?: Date;
  recordedTo?: Date;
  correlationId?: string;
  /** Only late entries: recorded more than this many days after they happened (LATE_ENTRY_DAYS). */
  lateBeyondDays?: number;
  /** Only these store positions (the events a report line cites). */
  positions?: bigint[];
}

export interface TimelineRow {
  position: bigint;
  event_id: string;
  stream: string;
  module: string;
  revision: number;
  type: string;
  kind: string | null;
  occurred_at: string;
  occurred_from: string;
  occurred_derived: boolean;
  recorded_at: string;
  days_late: number;
  actor_id: string | null;
  actor_organisation: string | null;
  actor_role: string | null;
  reason: string | null;
  correlation_id: string | null;
  causation_id: string | null;
  command_id: string | null;
  summary: string;
  data: string;
  corrects: string | null;
  correction_reason: string | null;
}

const COLUMNS: [keyof TimelineFilter, string][] = [
  ['module', 'module = @module'],
  ['stream', 'stream = @stream'],
  ['actorId', 'actor_id = @actorId'],
  ['organisation', 'actor_organisation = @organisation'],
  ['kind', 'kind = @kind'],
  ['correlationId', 'correlation_id = @correlationId'],
  ['occurredFrom', 'occurred_at >= @occurredFrom'],
  ['occurredTo', 'occurred_at <= @occurredTo'],
  ['recordedFrom', 'recorded_at >= @recordedFrom'],
  ['recordedTo', 'recorded_at <= @recordedTo'],
  // The constant term lets SQLite read the partial index of late rows (the threshold is never negative).
  ['lateBeyondDays', 'days_late > 0 AND days_late > @lateBeyondDays'],
];

/** One page of the timeline in position order, `limit` rows after the `after` position. */
export function queryTimeline(
  db: Database.Database,
  filter: TimelineFilter,
  after: bigint | null,
  limit: number,
): TimelineRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit };
  for (const [key, clause] of COLUMNS) {
    const value = filter[key];
    if (value === undefined || value === null) continue;
    where.push(clause);
    params[key] = value instanceof Date ? value.toISOString() : value;
  }
  // Before the columns loop's params are read: each position is its own parameter, kept exact.
  if (filter.positions) {
    where.push(`position IN (${filter.positions.map((_, i) => `@p${i}`).join(',') || 'NULL'})`);
    filter.positions.forEach((p, i) => (params[`p${i}`] = p));
  }
  if (after !== null) {
    where.push('position > @after');
    params.after = after;
  }
  const years = windowYears(db, filter);
  if (years?.length === 0) return [];
  const window = years ? windowPageSql(where, years) : null;
  Object.assign(params, window?.params);
  const sql =
    window?.sql ??
    `SELECT * FROM ${TIMELINE_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY position LIMIT @limit`;
  // Prepared once per filter shape: preparing costs as much as reading a page.
  return prepared(db, sql).safeIntegers(true).all(params).map(normalise);
}

/** safeIntegers keeps positions exact; the other integer columns are small. */
function normalise(row: unknown): TimelineRow {
  const r = row as Record<string, unknown>;
  return {
    ...(r as unknown as TimelineRow),
    revision: Number(r.revision),
    days_late: Number(r.days_late),
    occurred_derived: Number(r.occurred_derived) === 1,
  };
}

export interface CorrectionLink {
  corrects: string;
  event_id: string;
  position: bigint;
  correction_reason: string | null;
}

/** The events that correct any of the given ones: one query for a whole page. */
export function correctionsOf(db: Database.Database, eventIds: string[]): CorrectionLink[] {
  if (eventIds.length === 0) return [];
  const marks = eventIds.map(() => '?').join(',');
  return prepared(
    db,
    `SELECT corrects, event_id, position, correction_reason FROM ${TIMELINE_TABLE} WHERE corrects IN (${marks}) ORDER BY position`,
  )
    .safeIntegers(true)
    .all(...eventIds) as CorrectionLink[];
}

/** Positions of events by id (a page's corrected events). */
export function positionsOf(db: Database.Database, eventIds: string[]): Map<string, bigint> {
  if (eventIds.length === 0) return new Map();
  const marks = eventIds.map(() => '?').join(',');
  const rows = prepared(db, `SELECT event_id, position FROM ${TIMELINE_TABLE} WHERE event_id IN (${marks})`)
    .safeIntegers(true)
    .all(...eventIds) as { event_id: string; position: bigint }[];
  return new Map(rows.map((r) => [r.event_id, r.position]));
}

/** The rows from one position to another, inclusive, in position order (a live feed's batch). */
export function timelineRowsBetween(db: Database.Database, first: bigint, last: bigint): TimelineRow[] {
  return prepared(db, `SELECT * FROM ${TIMELINE_TABLE} WHERE position >= ? AND position <= ? ORDER BY position`)
    .safeIntegers(true)
    .all(first, last)
    .map(normalise);
}

/** The same test `queryTimeline` makes in SQL, for one row: a live feed filters with it. */
export function matchesTimelineFilter(row: TimelineRow, filter: TimelineFilter): boolean {
  const iso = (date: Date | undefined) => date?.toISOString() ?? '';
  const checks: [unknown, boolean][] = [
    [filter.module, row.module === filter.module],
    [filter.stream, row.stream === filter.stream],
    [filter.actorId, row.actor_id === filter.actorId],
    [filter.organisation, row.actor_organisation === filter.organisation],
    [filter.kind, row.kind === filter.kind],
    [filter.correlationId, row.correlation_id === filter.correlationId],
    [filter.occurredFrom, row.occurred_at >= iso(filter.occurredFrom)],
    [filter.occurredTo, row.occurred_at <= iso(filter.occurredTo)],
    [filter.recordedFrom, row.recorded_at >= iso(filter.recordedFrom)],
    [filter.recordedTo, row.recorded_at <= iso(filter.recordedTo)],
    [filter.lateBeyondDays, row.days_late > 0 && row.days_late > (filter.lateBeyondDays ?? 0)],
    [filter.positions, !!filter.positions?.includes(row.position)],
  ];
  return checks.every(([given, holds]) => given === undefined || given === null || holds);
}
