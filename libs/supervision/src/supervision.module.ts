import { Module, OnModuleInit } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ModuleRegistry } from '@samverkan/core';
import { CampaignInspectionsQuery, supervisionQueryHandlers } from './application';
import { supervisionModuleEvents } from './domain';
import { CampaignResolver } from './graphql/campaign.resolver';
import { InspectionResolver } from './graphql/inspection.resolver';
import { PrincipalEligibilityProcess } from './process/principal-eligibility.process';
import { inspectionsExplainer } from './read-model/inspections.dashboard-evidence';
import { supervisionProjections } from './read-model/supervision.projections';

/** Joint supervision: campaigns, inspections, and the principal-level follow-up they lead to. */
@Module({
  providers: [...supervisionQueryHandlers, CampaignResolver, InspectionResolver, PrincipalEligibilityProcess],
})
export class SupervisionModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly eligibility: PrincipalEligibilityProcess,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    const inspections = inspectionsExplainer(async (campaignId) =>
      (await this.queries.execute(new CampaignInspectionsQuery(campaignId))).map((i) => i.doc),
    );
    this.registry.add({
      events: supervisionModuleEvents,
      projections: () => supervisionProjections,
      processManagers: [this.eligibility],
      explainers: [inspections],
    });
  }
}
