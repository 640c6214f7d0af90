import { Injectable } from '@nestjs/common';
import { EventCatalog } from '../catalog/event-catalog';
import type { ModuleEvents } from '../domain/event-catalog';
import { ExplainerRegistry, FigureExplainer } from '../explain/figure-explainer';
import { ProcessManager } from '../process/process-manager';
import { Projection } from '../projections/projection';

/** What a domain module brings to the workspace: its events, and what reads them. */
export interface ModuleParts {
  events: ModuleEvents | readonly ModuleEvents[];
  /** Built once the module's events are in the catalog, which a projection may look its events up in. */
  projections?: (catalog: EventCatalog) => readonly Projection[];
  processManagers?: readonly ProcessManager[];
  explainers?: readonly FigureExplainer[];
}

/**
 * Modules add their parts here in onModuleInit; the core starts the runners in onApplicationBootstrap,
 * when every module has registered.
 */
@Injectable()
export class ModuleRegistry {
  readonly projections: Projection[] = [];
  readonly processManagers: ProcessManager[] = [];

  constructor(
    private readonly catalog: EventCatalog,
    private readonly explainers: ExplainerRegistry,
  ) {}

  add(parts: ModuleParts): void {
    for (const events of [parts.events].flat()) this.catalog.register(events);
    this.projections.push(...(parts.projections?.(this.catalog) ?? []));
    this.processManagers.push(...(parts.processManagers ?? []));
    for (const explainer of parts.explainers ?? []) this.explainers.register(explainer);
  }
}
