import { Inject, Type } from '@nestjs/common';
import { Query, QueryHandler, QueryResult } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { Environment } from '../config/environment';
import { ReadModelDb } from '../read-model/read-model-db';
import { ENVIRONMENT } from './tokens';

/** What a read-model query reads: the read-model database, and the configuration where a read depends on it. */
export interface ReadModelSources {
  db: Database.Database;
  env: Environment;
}

/** Documents by their ids: the batch a DataLoader asks for. */
export abstract class ByIdsQuery<T> extends Query<T> {
  constructor(readonly ids: string[]) {
    super();
  }
}

/** One page of a filtered list: at most `limit` rows past the cursor `before` (null: from the start). */
export abstract class PageQuery<F, T, C = bigint> extends Query<T> {
  constructor(
    readonly filter: F,
    readonly before: C | null,
    readonly limit: number,
  ) {
    super();
  }
}

/** A query handler as the QueryBus sees it. */
export interface ReadModelQueryHandler<Q extends Query<unknown>> {
  execute(query: Q): Promise<QueryResult<Q>>;
}

/**
 * The handler of a query that one read of the read models answers. Such handlers differ only in
 * that read, so a module lists its reads and this builds the Nest provider around each one.
 */
export function readModelQueryHandler<Q extends Query<unknown>>(
  query: Type<Q>,
  read: (query: Q, sources: ReadModelSources) => QueryResult<Q> | Promise<QueryResult<Q>>,
): Type<ReadModelQueryHandler<Q>> {
  @QueryHandler(query)
  class Handler implements ReadModelQueryHandler<Q> {
    constructor(
      @Inject(ReadModelDb) private readonly readModels: ReadModelDb,
      @Inject(ENVIRONMENT) private readonly env: Environment,
    ) {}

    async execute(q: Q): Promise<QueryResult<Q>> {
      return read(q, { db: this.readModels.db, env: this.env });
    }
  }
  // Nest names a provider by its class in logs and errors: say which query it answers.
  Object.defineProperty(Handler, 'name', { value: `${query.name}Handler` });
  return Handler;
}
