import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from '../read-model/supervision.documents';
import {
  eligiblePrincipals, getCampaigns, getInspections, inspectionsOfCampaign, listCampaigns, Versioned,
} from '../read-model/supervision.queries';

export class ListCampaignsQuery {}
export class GetCampaignsQuery {
  constructor(readonly ids: string[]) {}
}
export class CampaignInspectionsQuery {
  constructor(readonly campaignId: string) {}
}
export class GetInspectionsQuery {
  constructor(readonly ids: string[]) {}
}
export class EligiblePrincipalsQuery {
  constructor(readonly campaignId: string) {}
}

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery, Versioned<CampaignDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute(): Promise<Versioned<CampaignDoc>[]> {
    return listCampaigns(this.readModels.db);
  }
}

@QueryHandler(GetCampaignsQuery)
export class GetCampaignsHandler implements IQueryHandler<GetCampaignsQuery, Versioned<CampaignDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetCampaignsQuery): Promise<Versioned<CampaignDoc>[]> {
    return getCampaigns(this.readModels.db, ids);
  }
}

@QueryHandler(CampaignInspectionsQuery)
export class CampaignInspectionsHandler implements IQueryHandler<CampaignInspectionsQuery, Versioned<InspectionDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ campaignId }: CampaignInspectionsQuery): Promise<Versioned<InspectionDoc>[]> {
    return inspectionsOfCampaign(this.readModels.db, campaignId);
  }
}

@QueryHandler(GetInspectionsQuery)
export class GetInspectionsHandler implements IQueryHandler<GetInspectionsQuery, Versioned<InspectionDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetInspectionsQuery): Promise<Versioned<InspectionDoc>[]> {
    return getInspections(this.readModels.db, ids);
  }
}

@QueryHandler(EligiblePrincipalsQuery)
export class EligiblePrincipalsHandler implements IQueryHandler<EligiblePrincipalsQuery, EligibilityDoc[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ campaignId }: EligiblePrincipalsQuery): Promise<EligibilityDoc[]> {
    return eligiblePrincipals(this.readModels.db, campaignId);
  }
}

export const supervisionQueryHandlers = [
  ListCampaignsHandler, GetCampaignsHandler, CampaignInspectionsHandler, GetInspectionsHandler, EligiblePrincipalsHandler,
];
