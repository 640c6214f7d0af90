import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
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
export class GetForumsQuery extends Query<Versioned<ForumDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class ForumMeetingsQuery extends Query<Versioned<MeetingDoc>[]> {
  constructor(readonly forumId: string) {
    super();
  }
}
export class GetMeetingsQuery extends Query<Versioned<MeetingDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class MeetingsOfYearQuery extends Query<MeetingDoc[]> {
  constructor(readonly year: number) {
    super();
  }
}
export class ListJointActionsQuery extends Query<Versioned<JointActionDoc>[]> {
  constructor(
    readonly filter: JointActionFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {
    super();
  }
}
export class GetJointActionsQuery extends Query<Versioned<JointActionDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}

@QueryHandler(GetJointActionsQuery)
export class GetJointActionsHandler implements IQueryHandler<GetJointActionsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetJointActionsQuery): Promise<Versioned<JointActionDoc>[]> {
    return getJointActions(this.readModels.db, ids);
  }
}

@QueryHandler(ListForumsQuery)
export class ListForumsHandler implements IQueryHandler<ListForumsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute(): Promise<Versioned<ForumDoc>[]> {
    return listForums(this.readModels.db);
  }
}

@QueryHandler(GetForumsQuery)
export class GetForumsHandler implements IQueryHandler<GetForumsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetForumsQuery): Promise<Versioned<ForumDoc>[]> {
    return getForums(this.readModels.db, ids);
  }
}

@QueryHandler(ForumMeetingsQuery)
export class ForumMeetingsHandler implements IQueryHandler<ForumMeetingsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ forumId }: ForumMeetingsQuery): Promise<Versioned<MeetingDoc>[]> {
    return meetingsOfForum(this.readModels.db, forumId);
  }
}

@QueryHandler(GetMeetingsQuery)
export class GetMeetingsHandler implements IQueryHandler<GetMeetingsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetMeetingsQuery): Promise<Versioned<MeetingDoc>[]> {
    return getMeetings(this.readModels.db, ids);
  }
}

@QueryHandler(MeetingsOfYearQuery)
export class MeetingsOfYearHandler implements IQueryHandler<MeetingsOfYearQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: MeetingsOfYearQuery): Promise<MeetingDoc[]> {
    return meetingsOfYear(this.readModels.db, year);
  }
}

@QueryHandler(ListJointActionsQuery)
export class ListJointActionsHandler implements IQueryHandler<ListJointActionsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListJointActionsQuery): Promise<Versioned<JointActionDoc>[]> {
    return listJointActions(this.readModels.db, filter, before, limit);
  }
}

export const forumsQueryHandlers = [
  ListForumsHandler,
  GetForumsHandler,
  GetJointActionsHandler,
  ForumMeetingsHandler,
  GetMeetingsHandler,
  MeetingsOfYearHandler,
  ListJointActionsHandler,
];
