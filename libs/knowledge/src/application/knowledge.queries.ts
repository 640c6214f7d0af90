import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { getGroup, getItems, ItemFilter, listItems, Versioned } from '../read-model/knowledge.queries';

export class GetGroupQuery extends Query<Versioned<GroupDoc> | null> {
  constructor(readonly groupId: string) {
    super();
  }
}
export class GetItemsQuery extends ByIdsQuery<Versioned<ItemDoc>[]> {}
export class ListItemsQuery extends PageQuery<ItemFilter, Versioned<ItemDoc>[]> {}

export const knowledgeQueryHandlers = [
  readModelQueryHandler(GetGroupQuery, ({ groupId }, { db }) => getGroup(db, groupId)),
  readModelQueryHandler(GetItemsQuery, ({ ids }, { db }) => getItems(db, ids)),
  readModelQueryHandler(ListItemsQuery, (page, { db }) => listItems(db, page)),
];
