import { DynamicModule, Inject, Module, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ModuleRegistry } from '@samverkan/core';
import { oversightQueryHandlers, OverdueWatcher } from './application';
import { oversightModuleEvents } from './domain';
import { OversightResolver } from './graphql/oversight.resolver';
import { oversightProjections } from './read-model/oversight.projections';

const WATCH = Symbol('OVERSIGHT_WATCH');

/**
 * The steering group's follow-up across modules: open obligations and their owners, the overdue
 * watcher, and the year's plan against what happened. Reads other modules' events only.
 */
@Module({})
export class OversightModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly registry: ModuleRegistry,
    private readonly watcher: OverdueWatcher,
    @Inject(WATCH) private readonly watch: boolean,
  ) {}

  /** `watch: false` for operator commands (rebuild, export): no system actions from them. */
  static register(options: { watch: boolean }): DynamicModule {
    return {
      module: OversightModule,
      providers: [
        ...oversightQueryHandlers,
        OversightResolver,
        OverdueWatcher,
        { provide: WATCH, useValue: options.watch },
      ],
      exports: [OverdueWatcher],
    };
  }

  onModuleInit(): void {
    this.registry.add({ events: oversightModuleEvents, projections: oversightProjections });
  }

  onApplicationBootstrap(): void {
    if (this.watch) this.watcher.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.watcher.stop();
  }
}
