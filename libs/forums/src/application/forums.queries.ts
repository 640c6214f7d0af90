import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, ByKeyQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { ForumDoc, JointActionDoc, MeetingDoc } from '../read-model/forums.documents';
import {
  getForums,
  getJointActions,
  getMeetings,
  JointActionFilter,
  forumsOfYear,
  listForums,
  listJointActions,
  meetingsOfForum,
  meetingsOfYear,
  Versioned,
} from '../read-model/forums.queries';

export class ListForumsQuery extends Query<Versioned<ForumDoc>[]> {}
/** The forums of a year's cadence (`forumsOfYear`), keyed by the year. */
export class ForumsOfYearQuery extends ByKeyQuery<number, Versioned<ForumDoc>[]> {}
export class GetForumsQuery extends ByIdsQuery<Versioned<ForumDoc>[]> {}
export class ForumMeetingsQuery extends ByKeyQuery<string, Versioned<MeetingDoc>[]> {}
export class GetMeetingsQuery extends ByIdsQuery<Versioned<MeetingDoc>[]> {}
export class MeetingsOfYearQuery extends ByKeyQuery<number, MeetingDoc[]> {}
export class ListJointActionsQuery extends PageQuery<JointActionFilter, Versioned<JointActionDoc>[]> {}
export class GetJointActionsQuery extends ByIdsQuery<Versioned<JointActionDoc>[]> {}

export const forumsQueryHandlers = [
  readModelQueryHandler(ListForumsQuery, (_, { db }) => listForums(db)),
  readModelQueryHandler(ForumsOfYearQuery, ({ key }, { db }) => forumsOfYear(db, key)),
  readModelQueryHandler(GetForumsQuery, ({ ids }, { db }) => getForums(db, ids)),
  readModelQueryHandler(GetJointActionsQuery, ({ ids }, { db }) => getJointActions(db, ids)),
  readModelQueryHandler(ForumMeetingsQuery, ({ key }, { db }) => meetingsOfForum(db, key)),
  readModelQueryHandler(GetMeetingsQuery, ({ ids }, { db }) => getMeetings(db, ids)),
  readModelQueryHandler(MeetingsOfYearQuery, ({ key }, { db }) => meetingsOfYear(db, key)),
  readModelQueryHandler(ListJointActionsQuery, (page, { db }) => listJointActions(db, page)),
];
