import type Database from 'better-sqlite3';
import { parseDocuments, prepared, readDocuments, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from './supervision.documents';
import { CAMPAIGN_TABLE, ELIGIBILITY_TABLE, INSPECTION_TABLE } from './supervision.projections';

export function listCampaigns(db: Database.Database): Versioned<CampaignDoc>[] {
  return parseDocuments(
    prepared(db, `SELECT doc, revision FROM ${CAMPAIGN_TABLE} ORDER BY json_extract(doc, '$.period.from'), id`).all(),
  );
}

export const getCampaigns = (db: Database.Database, ids: string[]) =>
  readDocuments<CampaignDoc>(db, CAMPAIGN_TABLE, ids);
export const getInspections = (db: Database.Database, ids: string[]) =>
  readDocuments<InspectionDoc>(db, INSPECTION_TABLE, ids);

/** A campaign's inspections in the order they were recorded. */
export function inspectionsOfCampaign(db: Database.Database, campaignId: string): Versioned<InspectionDoc>[] {
  const sql = `SELECT doc, revision FROM ${INSPECTION_TABLE} WHERE json_extract(doc, '$.campaignId') = ?
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER)`;
  return parseDocuments(prepared(db, sql).all(campaignId));
}

export function eligiblePrincipals(db: Database.Database, campaignId: string): EligibilityDoc[] {
  const sql = `SELECT doc, revision FROM ${ELIGIBILITY_TABLE} WHERE json_extract(doc, '$.campaignId') = ?
    ORDER BY json_extract(doc, '$.markedOn'), id`;
  return parseDocuments<EligibilityDoc>(prepared(db, sql).all(campaignId)).map((row) => row.doc);
}
