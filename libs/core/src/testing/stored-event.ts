import type { EventKind } from '../domain/decider';
import type { ProjectedEvent } from '../projections/projection';

/** Where and how the store holds an event a test states: its place, when it was recorded, its envelope. */
export interface StoredAt {
  stream: string;
  revision: number;
  position: bigint;
  recordedAt: string;
  /** The event's id; by default its stream and revision. */
  id?: string;
  /** The command it came from: lets the catalog date an older event from its data. */
  commandType: string;
  /** When its fact happened and where the envelope read that; left out, an event that kept no world time. */
  world?: { at: string; from: string };
  kind?: EventKind;
  reason?: string;
}

/** A stored event as a projection receives it, for the specs of read models that read its world time. */
export function storedEvent(type: string, data: unknown, at: StoredAt): ProjectedEvent {
  const { stream, revision, position, recordedAt, world } = at;
  return {
    id: at.id ?? `${stream}:${revision}`,
    stream,
    revision,
    position,
    type,
    data,
    metadata: {
      commandType: at.commandType,
      occurredAt: world?.at ?? recordedAt,
      ...(world ? { occurredFrom: world.from } : {}),
      kind: at.kind ?? 'action',
      ...(at.reason === undefined ? {} : { reason: at.reason }),
      schemaVersion: 1,
    },
    recordedAt: new Date(recordedAt),
  };
}
