import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { PersonErased } from './person-erasure';

/** At start, erases anyone whose erasure was decided but whose key survived (a crash in between). */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErasureSweep.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly persons: PersonDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const decided = await this.store.readAll({ filter: { eventTypes: ['PersonErased'] } });
    let finished = 0;
    for (const event of decided) {
      const { personId } = event.data as PersonErased['data'];
      if ((await this.persons.erase(personId, event.recordedAt)) === 'erased') finished++;
    }
    if (finished > 0)
      this.logger.warn({ msg: 'finished erasures that were decided but not carried out', count: finished });
  }
}
