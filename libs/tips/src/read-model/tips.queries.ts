import type Database from 'better-sqlite3';
import { IMPULSE_TABLE, ImpulseRow, TIP_TABLE, TipRow } from './tips.tables';

export interface ImpulseFilter {
  status?: ImpulseRow['status'];
  region?: string;
  /** An SNI section letter (`Q`) or a normalised SNI code, matching it and every code below it. */
  industry?: string;
  organisationNumber?: string;
  reportedFrom?: string;
  reportedTo?: string;
  tipId?: string;
  /** Only impulses this person reported (a caseworker sees their own). */
  reportedBy?: string;
}

export interface TipFilter {
  status?: TipRow['status'];
  /** Only tips that reached AV (an inspector sees no drafts). */
  sentOnly?: boolean;
  region?: string;
  industry?: string;
  organisationNumber?: string;
  sentFrom?: string;
  sentTo?: string;
}

type Clause = [unknown, string];

function where(clauses: Clause[]): string {
  const active = clauses.filter(([value]) => value !== undefined && value !== null && value !== false);
  return active.length ? `WHERE ${active.map(([, sql]) => sql).join(' AND ')}` : '';
}

function industryClause(industry: string | undefined): Clause {
  if (industry === undefined) return [undefined, ''];
  return /^[A-U]$/.test(industry)
    ? [industry, 'section = @industry']
    : [industry, "(industry = @industry OR industry LIKE @industry || '%')"];
}

/** Newest first; `before` is the position of the last row of the previous page. */
export function listImpulses(
  db: Database.Database,
  filter: ImpulseFilter,
  before: number | null,
  limit: number,
): ImpulseRow[] {
  const params = { ...filter, before, limit };
  const sql = where([
    [filter.status, 'status = @status'],
    [filter.region, 'region = @region'],
    industryClause(filter.industry),
    [filter.organisationNumber, 'organisation_number = @organisationNumber'],
    [filter.reportedFrom, 'reported_on >= @reportedFrom'],
    [filter.reportedTo, 'reported_on <= @reportedTo'],
    [filter.tipId, 'tip_id = @tipId'],
    [filter.reportedBy, 'reported_by = @reportedBy'],
    [before, 'position < @before'],
  ]);
  return db
    .prepare(`SELECT * FROM ${IMPULSE_TABLE} ${sql} ORDER BY position DESC LIMIT @limit`)
    .all(bind(params)) as ImpulseRow[];
}

export function listTips(db: Database.Database, filter: TipFilter, before: number | null, limit: number): TipRow[] {
  const params = { ...filter, before, limit };
  const sql = where([
    [filter.status, 'status = @status'],
    [filter.sentOnly, "status <> 'DRAFT'"],
    [filter.region, 'region = @region'],
    industryClause(filter.industry),
    [filter.organisationNumber, 'organisation_number = @organisationNumber'],
    [filter.sentFrom, 'sent_on >= @sentFrom'],
    [filter.sentTo, 'sent_on <= @sentTo'],
    [before, 'position < @before'],
  ]);
  return db
    .prepare(`SELECT * FROM ${TIP_TABLE} ${sql} ORDER BY position DESC LIMIT @limit`)
    .all(bind(params)) as TipRow[];
}

export function findImpulses(db: Database.Database, ids: string[]): ImpulseRow[] {
  const rows = db
    .prepare(`SELECT * FROM ${IMPULSE_TABLE} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ImpulseRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function findTip(db: Database.Database, id: string): TipRow | null {
  return (db.prepare(`SELECT * FROM ${TIP_TABLE} WHERE id = ?`).get(id) as TipRow | undefined) ?? null;
}

/** better-sqlite3 cannot bind booleans or undefined; the flags among the filters only choose clauses. */
function bind(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && typeof v !== 'boolean'));
}
