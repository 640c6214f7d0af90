import type Database from 'better-sqlite3';
import { prepared } from '@samverkan/core';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from './supervision.documents';
import { CAMPAIGN_TABLE, ELIGIBILITY_TABLE, INSPECTION_TABLE } from './supervision.projections';

export interface Versioned<Doc> {
  doc: Doc;
  revision: number;
}

const docs = <Doc>(rows: unknown[]): Versioned<Doc>[] =>
  (rows as { doc: string; revision: number }[]).map((row) => ({ doc: JSON.parse(row.doc) as Doc, revision: row.revision }));

const byIds = <Doc>(db: Database.Database, table: string, ids: string[]): Versioned<Doc>[] =>
  ids.length === 0
    ? []
    : docs<Doc>(db.prepare(`SELECT doc, revision FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids));

export function listCampaigns(db: Database.Database): Versioned<CampaignDoc>[] {
  return docs(prepared(db, `SELECT doc, revision FROM ${CAMPAIGN_TABLE} ORDER BY json_extract(doc, '$.period.from'), id`).all());
}

export const getCampaigns = (db: Database.Database, ids: string[]) => byIds<CampaignDoc>(db, CAMPAIGN_TABLE, ids);
export const getInspections = (db: Database.Database, ids: string[]) => byIds<InspectionDoc>(db, INSPECTION_TABLE, ids);

/** A campaign's inspections in the order they were recorded. */
export function inspectionsOfCampaign(db: Database.Database, campaignId: string): Versioned<InspectionDoc>[] {
  const sql = `SELECT doc, revision FROM ${INSPECTION_TABLE} WHERE json_extract(doc, '$.campaignId') = ?
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER)`;
  return docs(prepared(db, sql).all(campaignId));
}

export function eligiblePrincipals(db: Database.Database, campaignId: string): EligibilityDoc[] {
  const sql = `SELECT doc, revision FROM ${ELIGIBILITY_TABLE} WHERE json_extract(doc, '$.campaignId') = ?
    ORDER BY json_extract(doc, '$.markedOn'), id`;
  return docs<EligibilityDoc>(prepared(db, sql).all(campaignId)).map((row) => row.doc);
}
