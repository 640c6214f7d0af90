import { docFieldIs, documentList, documentsById } from '@samverkan/core';
import type { ActivityKind, ActivityStatus } from '../domain';
import { ActivityDoc } from './momentum.documents';
import { ACTIVITY_TABLE } from './momentum.projections';

export type { Versioned } from '@samverkan/core';

export const getActivities = documentsById<ActivityDoc>(ACTIVITY_TABLE);

export interface ActivityFilter {
  kind?: ActivityKind;
  status?: ActivityStatus;
  /** The year held, or planned for. */
  year?: number;
}

/** Newest planned first. */
export const listActivities = documentList<ActivityDoc, ActivityFilter>(ACTIVITY_TABLE, (filter) => [
  [filter.kind, docFieldIs('kind')],
  [filter.status, docFieldIs('status')],
  [filter.year, docFieldIs('year')],
]);
