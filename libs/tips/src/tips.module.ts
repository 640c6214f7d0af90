import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry, ReadModelDb } from '@samverkan/core';
import { TipBundling, tipsQueryHandlers } from './application';
import { tipsModuleEvents } from './domain';
import { FunnelResolver } from './graphql/funnel.resolver';
import { ImpulseResolver } from './graphql/impulse.resolver';
import { TipResolver } from './graphql/tip.resolver';
import { funnelExplainer } from './read-model/tips.funnel-evidence';
import { tipsProjection } from './read-model/tips.projection';

/** The tip routine: impulses from FK staff, tips to AV, AV's outcomes, and the funnel. */
@Module({
  providers: [...tipsQueryHandlers, TipBundling, ImpulseResolver, TipResolver, FunnelResolver],
})
export class TipsModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly readModels: ReadModelDb,
  ) {}

  onModuleInit(): void {
    this.registry.add({
      events: tipsModuleEvents,
      projections: (catalog) => [tipsProjection(catalog)],
      explainers: [funnelExplainer(() => this.readModels.db)],
    });
  }
}
