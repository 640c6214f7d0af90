import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { getGroup, getItems, ItemFilter, listItems, Versioned } from '../read-model/knowledge.queries';

export class GetGroupQuery extends Query<Versioned<GroupDoc> | null> {
  constructor(readonly groupId: string) {
    super();
  }
}
export class GetItemsQuery extends Query<Versioned<ItemDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class ListItemsQuery extends Query<Versioned<ItemDoc>[]> {
  constructor(
    readonly filter: ItemFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ groupId }: GetGroupQuery): Promise<Versioned<GroupDoc> | null> {
    return getGroup(this.readModels.db, groupId);
  }
}

@QueryHandler(GetItemsQuery)
export class GetItemsHandler implements IQueryHandler<GetItemsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetItemsQuery): Promise<Versioned<ItemDoc>[]> {
    return getItems(this.readModels.db, ids);
  }
}

@QueryHandler(ListItemsQuery)
export class ListItemsHandler implements IQueryHandler<ListItemsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListItemsQuery): Promise<Versioned<ItemDoc>[]> {
    return listItems(this.readModels.db, filter, before, limit);
  }
}

export const knowledgeQueryHandlers = [GetGroupHandler, GetItemsHandler, ListItemsHandler];
