import type Database from 'better-sqlite3';
import { prepared } from '../read-model/prepared';

export function readDocument<Doc>(
  db: Database.Database,
  table: string,
  id: string,
): { doc: Doc; revision: number } | null {
  const row = db.prepare(`SELECT revision, doc FROM ${table} WHERE id = ?`).get(id) as
    { revision: number; doc: string } | undefined;
  return row ? { doc: JSON.parse(row.doc) as Doc, revision: row.revision } : null;
}

/** A document with the revision of the last event folded into it. */
export interface Versioned<Doc> {
  doc: Doc;
  revision: number;
}

/** Parses rows selected as `doc, revision` from a document table. */
export function parseDocuments<Doc>(rows: unknown[]): Versioned<Doc>[] {
  return (rows as { doc: string; revision: number }[]).map((row) => ({
    doc: JSON.parse(row.doc) as Doc,
    revision: row.revision,
  }));
}

/** The documents with these ids, in no particular order; missing ids are left out. */
export function readDocuments<Doc>(db: Database.Database, table: string, ids: string[]): Versioned<Doc>[] {
  if (ids.length === 0) return [];
  return parseDocuments(
    db.prepare(`SELECT doc, revision FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids),
  );
}

/** The documents `clauses` (WHERE … ORDER BY …, with positional parameters) select from a document table. */
export function documentsWhere<Doc>(
  db: Database.Database,
  table: string,
  clauses: string,
  ...params: unknown[]
): Versioned<Doc>[] {
  return parseDocuments(prepared(db, `SELECT doc, revision FROM ${table} ${clauses}`).all(...params));
}

/** A field of the JSON document, as SQL. */
export const docField = (field: string): string => `json_extract(doc, '$.${field}')`;

/** A document's store position: that of the event that started it. */
const DOC_POSITION = `CAST(${docField('position')} AS INTEGER)`;

/** The filter condition "the document's `field` equals the parameter `param`". */
export const docFieldIs = (field: string, param: string = field): string => `${docField(field)} = @${param}`;

/**
 * A filter's condition: its SQL applies when the value is given, i.e. neither undefined (a filter
 * field left out) nor false (a flag that is off). A null value applies, as `= NULL`, which matches nothing.
 */
export type Condition = readonly [value: unknown, sql: string];

/** The WHERE clause of the conditions that apply, or nothing. */
export function whereOf(conditions: readonly Condition[]): string {
  const active = conditions.filter(([value]) => value !== undefined && value !== false);
  return active.length ? `WHERE ${active.map(([, sql]) => sql).join(' AND ')}` : '';
}

/** better-sqlite3 cannot bind booleans or undefined; the flags among the filters only choose conditions. */
function bindable(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && typeof v !== 'boolean'));
}

/** One page of a list, newest first. */
export interface PageRead<C> {
  /** What to select, from which table, and the SQL of a row's store position that orders the list. */
  select: string;
  from: string;
  position: string;
  conditions: readonly Condition[];
  /** The named parameters the conditions use (the filter itself, mostly). */
  params: object;
  /** The position of the last row already shown; null from the start. */
  before: C | null;
  limit: number;
}

/** The rows of one page: those the conditions keep, below `before`, newest first, at most `limit`. */
function pageBefore<Row, C = bigint>(db: Database.Database, page: PageRead<C>): Row[] {
  const { select, from, position, before, limit } = page;
  const where = whereOf([...page.conditions, [before ?? undefined, `${position} < @before`]]);
  const sql = `SELECT ${select} FROM ${from} ${where} ORDER BY ${position} DESC LIMIT @limit`;
  return prepared(db, sql).all(bindable({ ...page.params, before, limit })) as Row[];
}

/** One page of a filtered list: at most `limit` rows past the cursor `before` (null: from the start). */
export interface Page<F, C = bigint> {
  filter: F;
  before: C | null;
  limit: number;
}

/**
 * A paged list over a table: newest first by `position`, filtered by the conditions the filter
 * gives; the filter's fields are the conditions' parameters.
 */
export function pagedList<Row, F extends object, C = bigint>(
  read: Pick<PageRead<C>, 'select' | 'from' | 'position'>,
  conditionsOf: (filter: F) => readonly Condition[],
): (db: Database.Database, page: Page<F, C>) => Row[] {
  return (db, { filter, before, limit }) =>
    pageBefore<Row, C>(db, { ...read, conditions: conditionsOf(filter), params: filter, before, limit });
}

/** The paged list of a document table, newest first by the position of each document's first event. */
export function documentList<Doc, F extends object>(
  table: string,
  conditionsOf: (filter: F) => readonly Condition[],
): (db: Database.Database, page: Page<F>) => Versioned<Doc>[] {
  const list = pagedList<unknown, F>({ select: 'doc, revision', from: table, position: DOC_POSITION }, conditionsOf);
  return (db, page) => parseDocuments<Doc>(list(db, page));
}

/** The documents of a table by their ids, in no particular order: the batch a DataLoader asks for. */
export function documentsById<Doc>(table: string): (db: Database.Database, ids: string[]) => Versioned<Doc>[] {
  return (db, ids) => readDocuments<Doc>(db, table, ids);
}
