import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
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
export class GetCampaignsQuery extends Query<Versioned<CampaignDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class CampaignInspectionsQuery extends Query<Versioned<InspectionDoc>[]> {
  constructor(readonly campaignId: string) {
    super();
  }
}
export class GetInspectionsQuery extends Query<Versioned<InspectionDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class EligiblePrincipalsQuery extends Query<EligibilityDoc[]> {
  constructor(readonly campaignId: string) {
    super();
  }
}

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute(): Promise<Versioned<CampaignDoc>[]> {
    return listCampaigns(this.readModels.db);
  }
}

@QueryHandler(GetCampaignsQuery)
export class GetCampaignsHandler implements IQueryHandler<GetCampaignsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetCampaignsQuery): Promise<Versioned<CampaignDoc>[]> {
    return getCampaigns(this.readModels.db, ids);
  }
}

@QueryHandler(CampaignInspectionsQuery)
export class CampaignInspectionsHandler implements IQueryHandler<CampaignInspectionsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ campaignId }: CampaignInspectionsQuery): Promise<Versioned<InspectionDoc>[]> {
    return inspectionsOfCampaign(this.readModels.db, campaignId);
  }
}

@QueryHandler(GetInspectionsQuery)
export class GetInspectionsHandler implements IQueryHandler<GetInspectionsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetInspectionsQuery): Promise<Versioned<InspectionDoc>[]> {
    return getInspections(this.readModels.db, ids);
  }
}

@QueryHandler(EligiblePrincipalsQuery)
export class EligiblePrincipalsHandler implements IQueryHandler<EligiblePrincipalsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ campaignId }: EligiblePrincipalsQuery): Promise<EligibilityDoc[]> {
    return eligiblePrincipals(this.readModels.db, campaignId);
  }
}

export const supervisionQueryHandlers = [
  ListCampaignsHandler,
  GetCampaignsHandler,
  CampaignInspectionsHandler,
  GetInspectionsHandler,
  EligiblePrincipalsHandler,
];
