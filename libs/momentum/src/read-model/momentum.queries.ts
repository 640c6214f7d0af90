import type Database from 'better-sqlite3';
import { parseDocuments, prepared, readDocuments, Versioned } from '@samverkan/core';
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

/** Newest planned first; `before` is the position of the last one shown. */
export function listActivities(
  db: Database.Database,
  filter: ActivityFilter,
  before: bigint | null,
  limit: number,
): Versioned<ActivityDoc>[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit };
  if (filter.kind !== undefined) {
    where.push(`json_extract(doc, '$.kind') = @kind`);
    params.kind = filter.kind;
  }
  if (filter.status !== undefined) {
    where.push(`json_extract(doc, '$.status') = @status`);
    params.status = filter.status;
  }
  if (filter.year !== undefined) {
    where.push(`json_extract(doc, '$.year') = @year`);
    params.year = filter.year;
  }
  if (before !== null) {
    where.push(`CAST(json_extract(doc, '$.position') AS INTEGER) < @before`);
    params.before = before;
  }
  const sql = `SELECT doc, revision FROM ${ACTIVITY_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER) DESC LIMIT @limit`;
  return parseDocuments(prepared(db, sql).all(params));
}
