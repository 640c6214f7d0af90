import type Database from 'better-sqlite3';
import { Condition, pagedList } from '@samverkan/core';
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

function industryCondition(industry: string | undefined): Condition {
  if (industry === undefined) return [undefined, ''];
  return /^[A-U]$/.test(industry)
    ? [industry, 'section = @industry']
    : [industry, "(industry = @industry OR industry LIKE @industry || '%')"];
}

/** What impulses and tips are both filtered by: their status, and the employer's region, industry and number. */
function employerConditions(
  filter: Pick<ImpulseFilter | TipFilter, 'status' | 'region' | 'industry' | 'organisationNumber'>,
): Condition[] {
  return [
    [filter.status, 'status = @status'],
    [filter.region, 'region = @region'],
    industryCondition(filter.industry),
    [filter.organisationNumber, 'organisation_number = @organisationNumber'],
  ];
}

/** Newest first; `before` is the position of the last row of the previous page. */
function tipsList<Row, F extends object>(from: string, conditionsOf: (filter: F) => Condition[]) {
  return pagedList<Row, F, number>({ select: '*', from, position: 'position' }, (filter) =>
    // A filter field given as null filters nothing here.
    conditionsOf(filter).map(([value, sql]): Condition => [value ?? undefined, sql]),
  );
}

export const listImpulses = tipsList<ImpulseRow, ImpulseFilter>(IMPULSE_TABLE, (filter) => [
  ...employerConditions(filter),
  [filter.reportedFrom, 'reported_on >= @reportedFrom'],
  [filter.reportedTo, 'reported_on <= @reportedTo'],
  [filter.tipId, 'tip_id = @tipId'],
  [filter.reportedBy, 'reported_by = @reportedBy'],
]);

export const listTips = tipsList<TipRow, TipFilter>(TIP_TABLE, (filter) => [
  ...employerConditions(filter),
  [filter.sentOnly, "status <> 'DRAFT'"],
  [filter.sentFrom, 'sent_on >= @sentFrom'],
  [filter.sentTo, 'sent_on <= @sentTo'],
]);

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
