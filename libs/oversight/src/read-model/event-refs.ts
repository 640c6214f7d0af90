import { EventCatalog, ProjectedEvent } from '@samverkan/core';
import { EventRef } from './tracked.documents';

/** What oversight reads of the catalog: when each event's fact happened in the world. */
export type WorldClock = Pick<EventCatalog, 'occurredAt'>;

export function refOf(event: ProjectedEvent): EventRef {
  return { eventId: event.id, position: event.position.toString(), stream: event.stream, type: event.type };
}

/** The Stockholm date the event's fact happened on (the decision, the meeting), as the catalog reads it. */
export function occurredOn(event: ProjectedEvent, clock: WorldClock): string {
  return clock.occurredAt(event).date;
}
