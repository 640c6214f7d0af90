import type { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';
import { EsfReportFormat, formatOf } from '../esf/report-format';
import { DecidedBy, decidedBy } from '../esf/trail-events';
import { EsfReportSealed } from './esf-seal';

/** A seal as an auditor reads it. */
export interface SealView extends Omit<EsfReportSealed['data'], 'position' | 'reportFormat'> {
  position: Position;
  reportFormat: EsfReportFormat;
  eventId: string;
  /** Where the seal itself is stored. */
  sealPosition: Position;
  sealedAt: string;
  reason: string | null;
  sealedBy: DecidedBy;
}

export function sealView(deps: { catalog: EventCatalog; persons: PersonDirectory }, e: RecordedEvent): SealView {
  const data = deps.catalog.currentData(e) as EsfReportSealed['data'];
  const { reason } = e.metadata as Partial<EventMetadata>;
  return {
    ...data,
    position: BigInt(data.position),
    reportFormat: formatOf(data.reportFormat),
    eventId: e.id,
    sealPosition: e.position,
    // A seal states no other time: the world time of sealing is when it was sealed.
    sealedAt: deps.catalog.occurredAt(e).at,
    reason: reason ?? null,
    sealedBy: decidedBy(deps.persons, e),
  };
}

/** Every seal, in the order they were recorded. */
export async function listSeals(deps: {
  store: EventStore;
  catalog: EventCatalog;
  persons: PersonDirectory;
}): Promise<SealView[]> {
  const events = await deps.store.readAll({ filter: { eventTypes: ['EsfReportSealed'] } });
  return events.map((e) => sealView(deps, e));
}
