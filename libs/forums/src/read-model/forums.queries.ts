import type Database from 'better-sqlite3';
import { docField, docFieldIs, documentList, documentsWhere, documentsById, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { ForumDoc, JointActionDoc, JointActionStatus, MeetingDoc } from './forums.documents';
import { FORUM_TABLE, JOINT_ACTION_TABLE, MEETING_TABLE } from './forums.projections';

export function listForums(db: Database.Database): Versioned<ForumDoc>[] {
  return documentsWhere(db, FORUM_TABLE, `ORDER BY ${docField('name')}`);
}

export const getForums = documentsById<ForumDoc>(FORUM_TABLE);

/**
 * The forums a year's cadence is about, by name: those established by its last day, and any other
 * that has a meeting dated in it (a meeting's date is not bound to the forum's establishment, and
 * no held meeting may drop out of the figure). Read through the establishment index, so a year's
 * figure does not read the forums founded after it.
 */
export function forumsOfYear(db: Database.Database, year: number): Versioned<ForumDoc>[] {
  const clauses = `WHERE ${docField('establishedOn')} <= ?
    OR id IN (SELECT ${docField('forumId')} FROM ${MEETING_TABLE} WHERE ${docField('year')} = ?)
    ORDER BY ${docField('name')}`;
  return documentsWhere(db, FORUM_TABLE, clauses, `${year}-12-31`, year);
}

export const getMeetings = documentsById<MeetingDoc>(MEETING_TABLE);

/** A forum's meetings in date order. */
export function meetingsOfForum(db: Database.Database, forumId: string): Versioned<MeetingDoc>[] {
  const clauses = `WHERE ${docField('forumId')} = ? ORDER BY ${docField('date')}, id`;
  return documentsWhere(db, MEETING_TABLE, clauses, forumId);
}

/** Every meeting of a year, for the cadence figures. */
export function meetingsOfYear(db: Database.Database, year: number): MeetingDoc[] {
  const clauses = `WHERE ${docField('year')} = ? ORDER BY ${docField('forumId')}, ${docField('date')}, id`;
  return documentsWhere<MeetingDoc>(db, MEETING_TABLE, clauses, year).map((row) => row.doc);
}

export interface JointActionFilter {
  forumId?: string;
  meetingId?: string;
  status?: JointActionStatus;
  /** True: open actions past their due date on `today`; false: the others. */
  overdue?: boolean;
  today: string;
}

const OVERDUE = `(json_extract(doc, '$.status') IN ('AGREED', 'IN_PROGRESS') AND json_extract(doc, '$.dueDate') < @today)`;

/** Joint actions newest first. */
export const listJointActions = documentList<JointActionDoc, JointActionFilter>(JOINT_ACTION_TABLE, (filter) => [
  [filter.forumId, docFieldIs('forumId')],
  [filter.meetingId, docFieldIs('meetingId')],
  [filter.status, docFieldIs('status')],
  [filter.overdue === true, OVERDUE],
  [filter.overdue === false, `NOT ${OVERDUE}`],
]);

export function isOverdue(action: JointActionDoc, today: string): boolean {
  return (action.status === 'AGREED' || action.status === 'IN_PROGRESS') && action.dueDate < today;
}

export const getJointActions = documentsById<JointActionDoc>(JOINT_ACTION_TABLE);
