import type Database from 'better-sqlite3';
import { parseDocuments, prepared, readDocuments, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { GroupDoc, ItemDoc, ItemStatus } from './knowledge.documents';
import { GROUP_TABLE, ITEM_TABLE } from './knowledge.projections';

export function getGroup(db: Database.Database, groupId: string): Versioned<GroupDoc> | null {
  return (
    parseDocuments<GroupDoc>(prepared(db, `SELECT doc, revision FROM ${GROUP_TABLE} WHERE id = ?`).all(groupId))[0] ??
    null
  );
}

export function getItems(db: Database.Database, ids: string[]): Versioned<ItemDoc>[] {
  return readDocuments(db, ITEM_TABLE, ids);
}

export interface ItemFilter {
  /** Case-insensitive, whole topic. */
  topic?: string;
  status?: ItemStatus;
  /** The source organisation, exactly. */
  source?: string;
}

/** Newest proposed first; `before` is the position of the last one shown. */
export function listItems(
  db: Database.Database,
  filter: ItemFilter,
  before: bigint | null,
  limit: number,
): Versioned<ItemDoc>[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit };
  if (filter.topic !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM json_each(doc, '$.topics') WHERE lower(value) = lower(@topic))`);
    params.topic = filter.topic;
  }
  if (filter.status !== undefined) {
    where.push(`json_extract(doc, '$.status') = @status`);
    params.status = filter.status;
  }
  if (filter.source !== undefined) {
    where.push(`json_extract(doc, '$.sourceOrganisation') = @source`);
    params.source = filter.source;
  }
  if (before !== null) {
    where.push(`CAST(json_extract(doc, '$.position') AS INTEGER) < @before`);
    params.before = before;
  }
  const sql = `SELECT doc, revision FROM ${ITEM_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER) DESC LIMIT @limit`;
  return parseDocuments(prepared(db, sql).all(params));
}
