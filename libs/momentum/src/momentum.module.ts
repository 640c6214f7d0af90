import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry } from '@samverkan/core';
import { momentumQueryHandlers } from './application';
import { momentumModuleEvents } from './domain';
import { MomentumResolver } from './graphql/momentum.resolver';
import { momentumProjections } from './read-model/momentum.projections';

/** Momentum's own activities: conferences, trainings, web trainings and international study visits. */
@Module({ providers: [...momentumQueryHandlers, MomentumResolver] })
export class MomentumModule implements OnModuleInit {
  constructor(private readonly registry: ModuleRegistry) {}

  onModuleInit(): void {
    this.registry.add({ events: momentumModuleEvents, projections: () => momentumProjections });
  }
}
