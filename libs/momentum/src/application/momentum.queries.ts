import { ByIdsQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { ActivityDoc } from '../read-model/momentum.documents';
import { ActivityFilter, getActivities, listActivities, Versioned } from '../read-model/momentum.queries';

export class GetActivitiesQuery extends ByIdsQuery<Versioned<ActivityDoc>[]> {}
export class ListActivitiesQuery extends PageQuery<ActivityFilter, Versioned<ActivityDoc>[]> {}

export const momentumQueryHandlers = [
  readModelQueryHandler(GetActivitiesQuery, ({ ids }, { db }) => getActivities(db, ids)),
  readModelQueryHandler(ListActivitiesQuery, (page, { db }) => listActivities(db, page)),
];
