import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { ActivityDoc } from '../read-model/momentum.documents';
import { ActivityFilter, getActivities, listActivities, Versioned } from '../read-model/momentum.queries';

export class GetActivitiesQuery extends Query<Versioned<ActivityDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class ListActivitiesQuery extends Query<Versioned<ActivityDoc>[]> {
  constructor(
    readonly filter: ActivityFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(GetActivitiesQuery)
export class GetActivitiesHandler implements IQueryHandler<GetActivitiesQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetActivitiesQuery): Promise<Versioned<ActivityDoc>[]> {
    return getActivities(this.readModels.db, ids);
  }
}

@QueryHandler(ListActivitiesQuery)
export class ListActivitiesHandler implements IQueryHandler<ListActivitiesQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListActivitiesQuery): Promise<Versioned<ActivityDoc>[]> {
    return listActivities(this.readModels.db, filter, before, limit);
  }
}

export const momentumQueryHandlers = [GetActivitiesHandler, ListActivitiesHandler];
