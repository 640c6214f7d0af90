import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { AuditTrailResolver } from './graphql/audit-trail.resolver';
import { EsfReportResolver } from './graphql/esf-report.resolver';
import { TimelineResolver } from './graphql/timeline.resolver';
import { timelineProjection } from './read-model/timeline.projection';

@Module({ providers: [TimelineResolver, AuditTrailResolver, EsfReportResolver] })
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly catalog: EventCatalog,
  ) {}

  onModuleInit(): void {
    this.registry.addProjection(timelineProjection(this.catalog));
  }
}
