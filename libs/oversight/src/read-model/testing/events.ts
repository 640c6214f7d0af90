import { ProjectedEvent } from '@samverkan/core';

/** Stored events as a projection receives them, numbered in order (test helper). */
export function eventsOf(stream: string, occurredAt: string, ...events: { type: string; data: unknown }[]): ProjectedEvent[] {
  return events.map((e, revision) => ({
    id: `${stream}:${revision}`,
    stream,
    revision,
    position: BigInt(nextPosition++),
    type: e.type,
    data: e.data,
    metadata: { occurredAt },
    recordedAt: new Date(occurredAt),
  }));
}

let nextPosition = 1;
