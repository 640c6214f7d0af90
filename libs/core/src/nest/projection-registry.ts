import { Injectable } from '@nestjs/common';
import { Projection } from '../projections/projection';

/**
 * Modules add their projections here (and their events to the EventCatalog) in onModuleInit; the core starts the runner in
 * onApplicationBootstrap, when every module has registered.
 */
@Injectable()
export class ModuleRegistry {
  readonly projections: Projection[] = [];

  addProjection(...projections: Projection[]): void {
    this.projections.push(...projections);
  }
}
