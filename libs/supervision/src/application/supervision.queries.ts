import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, readModelQueryHandler } from '@samverkan/core';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from '../read-model/supervision.documents';
import {
  eligiblePrincipals,
  getCampaigns,
  getInspections,
  inspectionsOfCampaign,
  listCampaigns,
  Versioned,
} from '../read-model/supervision.queries';

export class ListCampaignsQuery extends Query<Versioned<CampaignDoc>[]> {}
export class GetCampaignsQuery extends ByIdsQuery<Versioned<CampaignDoc>[]> {}
export class CampaignInspectionsQuery extends Query<Versioned<InspectionDoc>[]> {
  constructor(readonly campaignId: string) {
    super();
  }
}
export class GetInspectionsQuery extends ByIdsQuery<Versioned<InspectionDoc>[]> {}
export class EligiblePrincipalsQuery extends Query<EligibilityDoc[]> {
  constructor(readonly campaignId: string) {
    super();
  }
}

export const supervisionQueryHandlers = [
  readModelQueryHandler(ListCampaignsQuery, (_, { db }) => listCampaigns(db)),
  readModelQueryHandler(GetCampaignsQuery, ({ ids }, { db }) => getCampaigns(db, ids)),
  readModelQueryHandler(CampaignInspectionsQuery, ({ campaignId }, { db }) => inspectionsOfCampaign(db, campaignId)),
  readModelQueryHandler(GetInspectionsQuery, ({ ids }, { db }) => getInspections(db, ids)),
  readModelQueryHandler(EligiblePrincipalsQuery, ({ campaignId }, { db }) => eligiblePrincipals(db, campaignId)),
];
