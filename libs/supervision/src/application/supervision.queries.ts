import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, ByKeyQuery, readModelQueryHandler } from '@samverkan/core';
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
export class CampaignInspectionsQuery extends ByKeyQuery<string, Versioned<InspectionDoc>[]> {}
export class GetInspectionsQuery extends ByIdsQuery<Versioned<InspectionDoc>[]> {}
export class EligiblePrincipalsQuery extends ByKeyQuery<string, EligibilityDoc[]> {}

export const supervisionQueryHandlers = [
  readModelQueryHandler(ListCampaignsQuery, (_, { db }) => listCampaigns(db)),
  readModelQueryHandler(GetCampaignsQuery, ({ ids }, { db }) => getCampaigns(db, ids)),
  readModelQueryHandler(CampaignInspectionsQuery, ({ key }, { db }) => inspectionsOfCampaign(db, key)),
  readModelQueryHandler(GetInspectionsQuery, ({ ids }, { db }) => getInspections(db, ids)),
  readModelQueryHandler(EligiblePrincipalsQuery, ({ key }, { db }) => eligiblePrincipals(db, key)),
];
