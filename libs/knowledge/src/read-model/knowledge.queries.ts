import type Database from 'better-sqlite3';
import { docFieldIs, documentList, readDocument, documentsById, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { GroupDoc, ItemDoc, ItemStatus } from './knowledge.documents';
import { GROUP_TABLE, ITEM_TABLE } from './knowledge.projections';

export function getGroup(db: Database.Database, groupId: string): Versioned<GroupDoc> | null {
  return readDocument<GroupDoc>(db, GROUP_TABLE, groupId);
}

export const getItems = documentsById<ItemDoc>(ITEM_TABLE);

export interface ItemFilter {
  /** Case-insensitive, whole topic. */
  topic?: string;
  status?: ItemStatus;
  /** The source organisation, exactly. */
  source?: string;
}

/** Newest proposed first. */
export const listItems = documentList<ItemDoc, ItemFilter>(ITEM_TABLE, (filter) => [
  [filter.topic, `EXISTS (SELECT 1 FROM json_each(doc, '$.topics') WHERE lower(value) = lower(@topic))`],
  [filter.status, docFieldIs('status')],
  [filter.source, docFieldIs('sourceOrganisation', 'source')],
]);
