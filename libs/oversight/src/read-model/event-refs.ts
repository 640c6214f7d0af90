import { EventMetadata, ProjectedEvent } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import { EventRef } from './tracked.documents';

export function refOf(event: ProjectedEvent): EventRef {
  return { eventId: event.id, position: event.position.toString(), stream: event.stream, type: event.type };
}

/** The Stockholm date the event was decided on (the envelope's occurredAt), else recorded on. */
export function occurredOn(event: ProjectedEvent): string {
  const occurredAt = (event.metadata as Partial<EventMetadata>).occurredAt;
  return stockholmDate(occurredAt ? new Date(occurredAt) : event.recordedAt);
}
