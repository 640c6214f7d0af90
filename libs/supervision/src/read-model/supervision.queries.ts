import type Database from 'better-sqlite3';
import { docField, documentsWhere, documentsById, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from './supervision.documents';
import { CAMPAIGN_TABLE, ELIGIBILITY_TABLE, INSPECTION_TABLE } from './supervision.projections';

export function listCampaigns(db: Database.Database): Versioned<CampaignDoc>[] {
  return documentsWhere(db, CAMPAIGN_TABLE, `ORDER BY ${docField('period.from')}, id`);
}

export const getCampaigns = documentsById<CampaignDoc>(CAMPAIGN_TABLE);
export const getInspections = documentsById<InspectionDoc>(INSPECTION_TABLE);

/** A campaign's inspections in the order they were recorded. */
export function inspectionsOfCampaign(db: Database.Database, campaignId: string): Versioned<InspectionDoc>[] {
  const clauses = `WHERE ${docField('campaignId')} = ? ORDER BY CAST(${docField('position')} AS INTEGER)`;
  return documentsWhere(db, INSPECTION_TABLE, clauses, campaignId);
}

export function eligiblePrincipals(db: Database.Database, campaignId: string): EligibilityDoc[] {
  const clauses = `WHERE ${docField('campaignId')} = ? ORDER BY ${docField('markedOn')}, id`;
  return documentsWhere<EligibilityDoc>(db, ELIGIBILITY_TABLE, clauses, campaignId).map((row) => row.doc);
}
