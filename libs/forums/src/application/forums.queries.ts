import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { ForumDoc, JointActionDoc, MeetingDoc } from '../read-model/forums.documents';
import {
  getForums, getJointActions, getMeetings, JointActionFilter, listForums, listJointActions, meetingsOfForum, meetingsOfYear, Versioned,
} from '../read-model/forums.queries';

export class ListForumsQuery {}
export class GetForumsQuery {
  constructor(readonly ids: string[]) {}
}
export class ForumMeetingsQuery {
  constructor(readonly forumId: string) {}
}
export class GetMeetingsQuery {
  constructor(readonly ids: string[]) {}
}
export class MeetingsOfYearQuery {
  constructor(readonly year: number) {}
}
export class ListJointActionsQuery {
  constructor(
    readonly filter: JointActionFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {}
}

export class GetJointActionsQuery {
  constructor(readonly ids: string[]) {}
}

@QueryHandler(GetJointActionsQuery)
export class GetJointActionsHandler implements IQueryHandler<GetJointActionsQuery, Versioned<JointActionDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetJointActionsQuery): Promise<Versioned<JointActionDoc>[]> {
    return getJointActions(this.readModels.db, ids);
  }
}

@QueryHandler(ListForumsQuery)
export class ListForumsHandler implements IQueryHandler<ListForumsQuery, Versioned<ForumDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute(): Promise<Versioned<ForumDoc>[]> {
    return listForums(this.readModels.db);
  }
}

@QueryHandler(GetForumsQuery)
export class GetForumsHandler implements IQueryHandler<GetForumsQuery, Versioned<ForumDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetForumsQuery): Promise<Versioned<ForumDoc>[]> {
    return getForums(this.readModels.db, ids);
  }
}

@QueryHandler(ForumMeetingsQuery)
export class ForumMeetingsHandler implements IQueryHandler<ForumMeetingsQuery, Versioned<MeetingDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ forumId }: ForumMeetingsQuery): Promise<Versioned<MeetingDoc>[]> {
    return meetingsOfForum(this.readModels.db, forumId);
  }
}

@QueryHandler(GetMeetingsQuery)
export class GetMeetingsHandler implements IQueryHandler<GetMeetingsQuery, Versioned<MeetingDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetMeetingsQuery): Promise<Versioned<MeetingDoc>[]> {
    return getMeetings(this.readModels.db, ids);
  }
}

@QueryHandler(MeetingsOfYearQuery)
export class MeetingsOfYearHandler implements IQueryHandler<MeetingsOfYearQuery, MeetingDoc[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: MeetingsOfYearQuery): Promise<MeetingDoc[]> {
    return meetingsOfYear(this.readModels.db, year);
  }
}

@QueryHandler(ListJointActionsQuery)
export class ListJointActionsHandler implements IQueryHandler<ListJointActionsQuery, Versioned<JointActionDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListJointActionsQuery): Promise<Versioned<JointActionDoc>[]> {
    return listJointActions(this.readModels.db, filter, before, limit);
  }
}

export const forumsQueryHandlers = [
  ListForumsHandler, GetForumsHandler, GetJointActionsHandler, ForumMeetingsHandler, GetMeetingsHandler, MeetingsOfYearHandler, ListJointActionsHandler,
];
