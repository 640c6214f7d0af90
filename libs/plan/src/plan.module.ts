import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry } from '@samverkan/core';
import { planHandlers } from './application/plan.handlers';
import { planModuleEvents } from './domain';
import { PlanResolver } from './graphql/plan.resolver';
import { planProjection } from './read-model/plan.projection';

/** The annual plan for active collaboration and the steering group's decisions on it. */
@Module({ providers: [...planHandlers, PlanResolver] })
export class PlanModule implements OnModuleInit {
  constructor(private readonly registry: ModuleRegistry) {}

  onModuleInit(): void {
    this.registry.add({ events: planModuleEvents, projections: (catalog) => [planProjection(catalog)] });
  }
}
