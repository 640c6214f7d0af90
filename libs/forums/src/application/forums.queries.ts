import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { ForumDoc, JointActionDoc, MeetingDoc } from '../read-model/forums.documents';
import {
  getForums,
  getJointActions,
  getMeetings,
  JointActionFilter,
  listForums,
  listJointActions,
  meetingsOfForum,
  meetingsOfYear,
  Versioned,
} from '../read-model/forums.queries';

export class ListForumsQuery extends Query<Versioned<ForumDoc>[]> {}
export class GetForumsQuery extends ByIdsQuery<Versioned<ForumDoc>[]> {}
export class ForumMeetingsQuery extends Query<Versioned<MeetingDoc>[]> {
  constructor(readonly forumId: string) {
    super();
  }
}
export class GetMeetingsQuery extends ByIdsQuery<Versioned<MeetingDoc>[]> {}
export class MeetingsOfYearQuery extends Query<MeetingDoc[]> {
  constructor(readonly year: number) {
    super();
  }
}
export class ListJointActionsQuery extends PageQuery<JointActionFilter, Versioned<JointActionDoc>[]> {}
export class GetJointActionsQuery extends ByIdsQuery<Versioned<JointActionDoc>[]> {}

export const forumsQueryHandlers = [
  readModelQueryHandler(ListForumsQuery, (_, { db }) => listForums(db)),
  readModelQueryHandler(GetForumsQuery, ({ ids }, { db }) => getForums(db, ids)),
  readModelQueryHandler(GetJointActionsQuery, ({ ids }, { db }) => getJointActions(db, ids)),
  readModelQueryHandler(ForumMeetingsQuery, ({ forumId }, { db }) => meetingsOfForum(db, forumId)),
  readModelQueryHandler(GetMeetingsQuery, ({ ids }, { db }) => getMeetings(db, ids)),
  readModelQueryHandler(MeetingsOfYearQuery, ({ year }, { db }) => meetingsOfYear(db, year)),
  readModelQueryHandler(ListJointActionsQuery, (page, { db }) => listJointActions(db, page)),
];
