import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { supervisionCommandHandlers, supervisionQueryHandlers } from './application';
import { supervisionModuleEvents } from './domain';
import { CampaignResolver } from './graphql/campaign.resolver';
import { InspectionResolver } from './graphql/inspection.resolver';
import { PrincipalEligibilityProcess } from './process/principal-eligibility.process';
import { supervisionProjections } from './read-model/supervision.projections';

/** Joint supervision: campaigns, inspections, and the principal-level follow-up they lead to. */
@Module({
  providers: [...supervisionCommandHandlers, ...supervisionQueryHandlers, CampaignResolver, InspectionResolver, PrincipalEligibilityProcess],
})
export class SupervisionModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
    private readonly eligibility: PrincipalEligibilityProcess,
  ) {}

  onModuleInit(): void {
    this.catalog.register(supervisionModuleEvents);
    this.registry.addProjection(...supervisionProjections);
    this.registry.addProcessManager(this.eligibility);
  }
}
