import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, PersonDirectory, ProjectionRunner, ReadModelDb } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import type { EsfReading } from './esf-read-model';
import { ESF_PROJECTION } from './esf.projection';

/** The ESF read model as the resolvers read it: its tables and the position they stand at. */
@Injectable()
export class EsfReadModel {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(ReadModelDb) private readonly readModels: ReadModelDb,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly persons: PersonDirectory,
  ) {}

  /**
   * Read synchronously with the tables: a batch and its checkpoint commit in one transaction on
   * this thread, so nothing moves between taking the position and reading the rows.
   */
  reading(): EsfReading {
    return {
      db: this.readModels.db,
      position: this.runner.checkpointsByProjection.get(ESF_PROJECTION) ?? null,
      positionSpace: this.store.positionSpace,
      persons: this.persons,
    };
  }
}
