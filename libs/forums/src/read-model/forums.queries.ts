import type Database from 'better-sqlite3';
import { parseDocuments, prepared, readDocuments, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { ForumDoc, JointActionDoc, JointActionStatus, MeetingDoc } from './forums.documents';
import { FORUM_TABLE, JOINT_ACTION_TABLE, MEETING_TABLE } from './forums.projections';

export function listForums(db: Database.Database): Versioned<ForumDoc>[] {
  return parseDocuments(
    prepared(db, `SELECT doc, revision FROM ${FORUM_TABLE} ORDER BY json_extract(doc, '$.name')`).all() as never,
  );
}

export function getForums(db: Database.Database, ids: string[]): Versioned<ForumDoc>[] {
  return readDocuments(db, FORUM_TABLE, ids);
}

export function getMeetings(db: Database.Database, ids: string[]): Versioned<MeetingDoc>[] {
  return readDocuments(db, MEETING_TABLE, ids);
}

/** A forum's meetings in date order. */
export function meetingsOfForum(db: Database.Database, forumId: string): Versioned<MeetingDoc>[] {
  const sql = `SELECT doc, revision FROM ${MEETING_TABLE} WHERE json_extract(doc, '$.forumId') = ?
    ORDER BY json_extract(doc, '$.date'), id`;
  return parseDocuments(prepared(db, sql).all(forumId) as never);
}

/** Every meeting of a year, for the cadence figures. */
export function meetingsOfYear(db: Database.Database, year: number): MeetingDoc[] {
  const sql = `SELECT doc, revision FROM ${MEETING_TABLE} WHERE json_extract(doc, '$.year') = ?
    ORDER BY json_extract(doc, '$.forumId'), json_extract(doc, '$.date'), id`;
  return parseDocuments<MeetingDoc>(prepared(db, sql).all(year) as never).map((row) => row.doc);
}

export interface JointActionFilter {
  forumId?: string;
  meetingId?: string;
  status?: JointActionStatus;
  /** True: open actions past their due date on `today`; false: the others. */
  overdue?: boolean;
  today: string;
}

/** Joint actions newest first; `before` is the position of the last one already shown. */
export function listJointActions(
  db: Database.Database,
  filter: JointActionFilter,
  before: bigint | null,
  limit: number,
): Versioned<JointActionDoc>[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit, today: filter.today };
  if (filter.forumId !== undefined) {
    where.push(`json_extract(doc, '$.forumId') = @forumId`);
    params.forumId = filter.forumId;
  }
  if (filter.meetingId !== undefined) {
    where.push(`json_extract(doc, '$.meetingId') = @meetingId`);
    params.meetingId = filter.meetingId;
  }
  if (filter.status !== undefined) {
    where.push(`json_extract(doc, '$.status') = @status`);
    params.status = filter.status;
  }
  const overdue = `(json_extract(doc, '$.status') IN ('AGREED', 'IN_PROGRESS') AND json_extract(doc, '$.dueDate') < @today)`;
  if (filter.overdue === true) where.push(overdue);
  if (filter.overdue === false) where.push(`NOT ${overdue}`);
  if (before !== null) {
    where.push(`CAST(json_extract(doc, '$.position') AS INTEGER) < @before`);
    params.before = before;
  }
  const sql = `SELECT doc, revision FROM ${JOINT_ACTION_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER) DESC LIMIT @limit`;
  return parseDocuments(prepared(db, sql).all(params) as never);
}

export function isOverdue(action: JointActionDoc, today: string): boolean {
  return (action.status === 'AGREED' || action.status === 'IN_PROGRESS') && action.dueDate < today;
}

export function getJointActions(db: Database.Database, ids: string[]): Versioned<JointActionDoc>[] {
  return readDocuments(db, JOINT_ACTION_TABLE, ids);
}
