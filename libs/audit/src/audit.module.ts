import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { TimelineResolver } from './graphql/timeline.resolver';
import { timelineProjection } from './read-model/timeline.projection';

@Module({ providers: [TimelineResolver] })
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly catalog: EventCatalog,
  ) {}

  onModuleInit(): void {
    this.registry.addProjection(timelineProjection(this.catalog));
  }
}
