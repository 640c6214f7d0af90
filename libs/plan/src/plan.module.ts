import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { planHandlers } from './application/plan.handlers';
import { planModuleEvents } from './domain';
import { PlanResolver } from './graphql/plan.resolver';
import { planProjection } from './read-model/plan.projection';

/** The annual plan for active collaboration and the steering group's decisions on it. */
@Module({ providers: [...planHandlers, PlanResolver] })
export class PlanModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
  ) {}

  onModuleInit(): void {
    this.catalog.register(planModuleEvents);
    this.registry.addProjection(planProjection(this.catalog));
  }
}
