import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { getGroup, getItems, ItemFilter, listItems, Versioned } from '../read-model/knowledge.queries';

export class GetGroupQuery {
  constructor(readonly groupId: string) {}
}
export class GetItemsQuery {
  constructor(readonly ids: string[]) {}
}
export class ListItemsQuery {
  constructor(
    readonly filter: ItemFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {}
}

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery, Versioned<GroupDoc> | null> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ groupId }: GetGroupQuery): Promise<Versioned<GroupDoc> | null> {
    return getGroup(this.readModels.db, groupId);
  }
}

@QueryHandler(GetItemsQuery)
export class GetItemsHandler implements IQueryHandler<GetItemsQuery, Versioned<ItemDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetItemsQuery): Promise<Versioned<ItemDoc>[]> {
    return getItems(this.readModels.db, ids);
  }
}

@QueryHandler(ListItemsQuery)
export class ListItemsHandler implements IQueryHandler<ListItemsQuery, Versioned<ItemDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListItemsQuery): Promise<Versioned<ItemDoc>[]> {
    return listItems(this.readModels.db, filter, before, limit);
  }
}

export const knowledgeQueryHandlers = [GetGroupHandler, GetItemsHandler, ListItemsHandler];
