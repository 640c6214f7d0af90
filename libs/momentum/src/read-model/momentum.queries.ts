import type Database from 'better-sqlite3';
import { docFieldIs, documentList, readDocuments, Versioned } from '@samverkan/core';
import type { ActivityKind, ActivityStatus } from '../domain';
import { ActivityDoc } from './momentum.documents';
import { ACTIVITY_TABLE } from './momentum.projections';

export type { Versioned } from '@samverkan/core';

export function getActivities(db: Database.Database, ids: string[]): Versioned<ActivityDoc>[] {
  return readDocuments(db, ACTIVITY_TABLE, ids);
}

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
