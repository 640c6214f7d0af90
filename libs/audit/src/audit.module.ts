import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry } from '@samverkan/core';
import { PersonErasure } from './erasure/erasure.endpoint';
import { ErasureSweep } from './erasure/erasure-sweep';
import { privacyModuleEvents } from './erasure/person-erasure';
import { AuditTrailResolver } from './graphql/audit-trail.resolver';
import { DigestResolver } from './graphql/digest.resolver';
import { ErasureResolver } from './graphql/erasure.resolver';
import { EsfReportResolver } from './graphql/esf-report.resolver';
import { ExplainResolver } from './graphql/explain.resolver';
import { ParticipantsResolver } from './graphql/participants.resolver';
import { SealingResolver } from './graphql/sealing.resolver';
import { SealChecksResolver } from './graphql/seal-checks.resolver';
import { TimelineFeed } from './graphql/timeline-feed';
import { TimelineResolver } from './graphql/timeline.resolver';
import { timelineProjection } from './read-model/timeline.projection';
import { esfProjection } from './esf/esf.projection';
import { EsfReadModel } from './esf/esf-reading';
import { reportingModuleEvents } from './reporting-events';

/**
 * The audit trail across modules: timeline, time travel, integrity, explainable figures, the ESF
 * report (sealed, and its participants reported monthly), and GDPR erasure.
 */
@Module({
  providers: [
    TimelineResolver,
    AuditTrailResolver,
    DigestResolver,
    EsfReportResolver,
    ExplainResolver,
    ErasureResolver,
    PersonErasure,
    ErasureSweep,
    TimelineFeed,
    SealingResolver,
    ParticipantsResolver,
    EsfReadModel,
    SealChecksResolver,
  ],
})
export class AuditModule implements OnModuleInit {
  constructor(private readonly registry: ModuleRegistry) {}

  onModuleInit(): void {
    this.registry.add({
      events: [privacyModuleEvents, reportingModuleEvents],
      projections: (catalog) => [timelineProjection(catalog), esfProjection(catalog)],
    });
  }
}
