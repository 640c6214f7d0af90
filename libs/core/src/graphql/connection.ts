import { Type } from '@nestjs/common';
import { Query, QueryBus } from '@nestjs/cqrs';
import { Extensions, Field, ObjectType } from '@nestjs/graphql';
import { InputValidationError } from '../errors/input-validation-error';
import type { PageArgs } from './page-args';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A cursor connection type for `T`, as the GraphQL conventions require for every list. */
export function ConnectionType<T>(
  node: Type<T>,
  name: string,
  /** The GraphQL extensions of the node type that its edge and connection share (e.g. who reads them). */
  extensions: Record<string, unknown> = {},
): Type<Connection<T>> {
  @Extensions(extensions)
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @Extensions(extensions)
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export const encodeCursor = (key: string | bigint | number) => Buffer.from(String(key)).toString('base64url');

export function decodeCursor(cursor: string, field = 'after'): string {
  const key = Buffer.from(cursor, 'base64url').toString();
  if (!key || encodeCursor(key) !== cursor) {
    throw new InputValidationError([{ field, messages: ['is not a cursor this API handed out'] }]);
  }
  return key;
}

/** Builds a connection from rows fetched with limit first+1 (the extra row tells hasNextPage). */
export function toConnection<Row, T>(
  rows: Row[],
  first: number,
  keyOf: (r: Row) => string | bigint | number,
  map: (r: Row) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: map(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * The position a cursor of a position-ordered list stands for (null: from the start). A cursor
 * from another list is a field error on `after`.
 */
export function positionCursor(after: string | null | undefined): bigint | null {
  // GraphQL hands `after: null` through as null: the first page, as when it is left out.
  if (after === undefined || after === null) return null;
  const value = decodeCursor(after);
  if (!/^\d+$/.test(value))
    throw new InputValidationError([{ field: 'after', messages: ['after is not a cursor of this list'] }]);
  return BigInt(value);
}

type Positioned = { position: string | bigint | number } | { doc: { position: string | bigint | number } };

/**
 * A connection over rows listed by store position, which is then each row's cursor: a table row's
 * own position, a document row's (`Versioned`) its document's.
 */
export function positionConnection<Row extends Positioned, T>(rows: Row[], first: number, map: (r: Row) => T) {
  return toConnection(rows, first, (r) => ('doc' in r ? r.doc.position : r.position), map);
}

/** A read model's page query (`PageQuery`): at most `limit` rows of the filter past the cursor `before`. */
type PageQueryOf<F, Row, C> = new (filter: F, before: C | null, limit: number) => Query<Row[]>;

/**
 * One page of a list by store position: the rows `list` reads past the `after` cursor, one more
 * than `first` so that the connection can tell there is a next page. A list keyed by plain numbers
 * passes its own `cursor`.
 */
export function positionPage<F, Row extends Positioned, T>(
  queries: QueryBus,
  list: PageQueryOf<F, Row, bigint>,
  filter: F,
  page: PageArgs,
  map: (row: Row) => T,
): Promise<Connection<T>>;
export function positionPage<F, Row extends Positioned, T, C>(
  queries: QueryBus,
  list: PageQueryOf<F, Row, C>,
  filter: F,
  page: PageArgs,
  map: (row: Row) => T,
  cursor: (after: string | undefined) => C | null,
): Promise<Connection<T>>;
export async function positionPage<F, Row extends Positioned, T, C>(
  queries: QueryBus,
  list: PageQueryOf<F, Row, C>,
  filter: F,
  { first, after }: PageArgs,
  map: (row: Row) => T,
  cursor = positionCursor as (after: string | undefined) => C | null,
): Promise<Connection<T>> {
  const rows = await queries.execute(new list(filter, cursor(after), first + 1));
  return positionConnection(rows, first, map);
}
