import { ByIdsQuery, ByKeyQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { getGroup, getItems, ItemFilter, listItems, Versioned } from '../read-model/knowledge.queries';

export class GetGroupQuery extends ByKeyQuery<string, Versioned<GroupDoc> | null> {}
export class GetItemsQuery extends ByIdsQuery<Versioned<ItemDoc>[]> {}
export class ListItemsQuery extends PageQuery<ItemFilter, Versioned<ItemDoc>[]> {}

export const knowledgeQueryHandlers = [
  readModelQueryHandler(GetGroupQuery, ({ key }, { db }) => getGroup(db, key)),
  readModelQueryHandler(GetItemsQuery, ({ ids }, { db }) => getItems(db, ids)),
  readModelQueryHandler(ListItemsQuery, (page, { db }) => listItems(db, page)),
];
