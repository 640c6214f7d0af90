import { Module, OnModuleInit } from '@nestjs/common';
import { EventCatalog, ModuleRegistry } from '@samverkan/core';
import { momentumQueryHandlers } from './application';
import { momentumModuleEvents } from './domain';
import { MomentumResolver } from './graphql/momentum.resolver';
import { momentumProjections } from './read-model/momentum.projections';

/** Momentum's own activities: conferences, trainings, web trainings and international study visits. */
@Module({ providers: [...momentumQueryHandlers, MomentumResolver] })
export class MomentumModule implements OnModuleInit {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly registry: ModuleRegistry,
  ) {}

  onModuleInit(): void {
    this.catalog.register(momentumModuleEvents);
    this.registry.addProjection(...momentumProjections);
  }
}
