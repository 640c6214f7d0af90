import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EventCatalog } from '../catalog/event-catalog';
import type { DomainEvent } from '../domain/decider';
import type { ModuleEvents } from '../domain/event-catalog';
import type { ProjectedEvent, Projection } from '../projections/projection';

/** An event of a stream as the store delivers it; `at` is when it happened and was recorded (default: a fixed day). */
export interface GivenEvent extends DomainEvent {
  stream: string;
  at?: string;
}

/**
 * given(events).then(read, expected), after emmett's projection specifications: the projection on
 * a real SQLite database, fed the events as the store delivers them (positions in order,
 * revisions per stream). Every `then` also feeds the same events a second time, as at-least-once
 * delivery may, and expects the same rows.
 */
export function projectionSpecification(projection: Projection, modules: readonly ModuleEvents[]) {
  const catalog = new EventCatalog();
  for (const events of modules) catalog.register(events);
  return {
    given(events: GivenEvent[]) {
      const delivered = delivery(catalog, events);
      return {
        then<T>(read: (db: Database.Database) => T, expected: T): void {
          const db = new Database(':memory:');
          try {
            projection.setup(db);
            // As the runner delivers a batch: every event, then the projection's end of the batch.
            const deliver = () => {
              for (const event of delivered) projection.apply(db, event);
              projection.endBatch?.(db);
            };
            deliver();
            expect(read(db)).toEqual(expected);
            deliver();
            expect(read(db)).toEqual(expected);
          } finally {
            db.close();
          }
        },
      };
    },
  };
}

function delivery(catalog: EventCatalog, events: GivenEvent[]): ProjectedEvent[] {
  const revisions = new Map<string, number>();
  return events.map((event, index) => {
    const revision = (revisions.get(event.stream) ?? -1) + 1;
    revisions.set(event.stream, revision);
    const at = event.at ?? '2025-03-12T09:00:00.000Z';
    const { kind, schemaVersion } = catalog.definitionOf(event.type);
    return {
      id: randomUUID(),
      stream: event.stream,
      revision,
      position: BigInt(index + 1),
      type: event.type,
      data: event.data,
      metadata: {
        actor: { id: 'given', organisation: 'FK', role: 'STEERING_GROUP' },
        kind,
        schemaVersion,
        occurredAt: at,
        recordedAt: at,
      },
      recordedAt: new Date(at),
    };
  });
}
