import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { ErasePersonHandler, ErasureSweep } from './erasure/erase-person.handler';
import { privacyModuleEvents } from './erasure/person-erasure';
import { AuditTrailResolver } from './graphql/audit-trail.resolver';
import { ErasureResolver } from './graphql/erasure.resolver';
import { EsfReportResolver } from './graphql/esf-report.resolver';
import { ExplainResolver } from './graphql/explain.resolver';
import { TimelineFeed } from './graphql/timeline-feed';
import { TimelineResolver } from './graphql/timeline.resolver';
import { timelineProjection } from './read-model/timeline.projection';

/** The audit trail across modules: timeline, time travel, integrity, the ESF report, and GDPR erasure. */
@Module({ providers: [TimelineResolver, AuditTrailResolver, EsfReportResolver, ExplainResolver, ErasureResolver, ErasePersonHandler, ErasureSweep, TimelineFeed] })
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly catalog: EventCatalog,
  ) {}

  onModuleInit(): void {
    this.catalog.register(privacyModuleEvents);
    this.registry.addProjection(timelineProjection(this.catalog));
  }
}
