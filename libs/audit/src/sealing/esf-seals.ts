import type { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';
import { DecidedBy, decidedBy } from '../esf/trail-events';
import { EsfReportSealed } from './esf-seal';

/** A seal as an auditor reads it. */
export interface SealView extends Omit<EsfReportSealed['data'], 'position'> {
  position: Position;
  eventId: string;
  /** Where the seal itself is stored. */
  sealPosition: Position;
  sealedAt: string;
  reason: string | null;
  sealedBy: DecidedBy;
}

export function sealView(deps: { catalog: EventCatalog; persons: PersonDirectory }, e: RecordedEvent): SealView {
  const data = deps.catalog.currentData(e) as EsfReportSealed['data'];
  const m = e.metadata as Partial<EventMetadata>;
  return {
    ...data,
    position: BigInt(data.position),
    eventId: e.id,
    sealPosition: e.position,
    sealedAt: m.occurredAt ?? e.recordedAt.toISOString(),
    reason: m.reason ?? null,
    sealedBy: decidedBy(deps.persons, e),
  };
}

/** Every seal, in the order they were recorded. */
export async function listSeals(deps: { store: EventStore; catalog: EventCatalog; persons: PersonDirectory }): Promise<SealView[]> {
  const events = await deps.store.readAll({ filter: { eventTypes: ['EsfReportSealed'] } });
  return events.map((e) => sealView(deps, e));
}
