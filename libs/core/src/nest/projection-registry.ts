import { Injectable } from '@nestjs/common';
import { ProcessManager } from '../process/process-manager';
import { Projection } from '../projections/projection';

/**
 * Modules add their projections here (and their events to the EventCatalog) in onModuleInit; the core starts the runner in
 * onApplicationBootstrap, when every module has registered.
 */
@Injectable()
export class ModuleRegistry {
  readonly projections: Projection[] = [];
  readonly processManagers: ProcessManager[] = [];

  addProjection(...projections: Projection[]): void {
    this.projections.push(...projections);
  }

  addProcessManager(...managers: ProcessManager[]): void {
    this.processManagers.push(...managers);
  }
}
