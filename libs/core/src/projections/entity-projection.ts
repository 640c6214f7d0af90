import type { DomainEvent } from '../domain/decider';
import { documentProjection, ProjectedEvent, Projection } from './projection';

type EventOf<E extends DomainEvent, T> = Extract<E, { type: T }>;

/** The event types that start an entity's document, each building it from its event and where the store holds it. */
export type DocumentStarts<E extends DomainEvent, Doc> = {
  [T in E['type']]?: (event: EventOf<E, T>, recorded: ProjectedEvent) => Doc;
};

/** How each later event type changes the document; a type the read model does not show is left out. */
export type DocumentChanges<E extends DomainEvent, Doc> = {
  [T in E['type']]?: (doc: Doc, event: EventOf<E, T>, recorded: ProjectedEvent) => Doc;
};

/**
 * The document projection of an entity whose stream a first event starts: one document per id
 * (the event data's `key` field), built by `start` and folded by `change`, the read-model side of
 * `evolveEntity`. A later event before any start, or a type in neither table, changes nothing.
 */
export function entityProjection<E extends DomainEvent, Doc>(options: {
  name: string;
  /** 1 unless the mapping changed since the first release (the runner rebuilds on a new version). */
  version?: number;
  table: string;
  category: string;
  key: string;
  indexes?: Record<string, readonly string[]>;
  start: DocumentStarts<E, Doc>;
  change: DocumentChanges<E, Doc>;
}): Projection {
  const { start, change, key } = options;
  return documentProjection<Doc>({
    name: options.name,
    version: options.version ?? 1,
    table: options.table,
    categories: [options.category],
    indexes: options.indexes,
    keyOf: (event) => (event.data as Record<string, string | undefined>)[key] ?? null,
    evolve(doc, recorded) {
      const event = { type: recorded.type, data: recorded.data } as E;
      const type = event.type as E['type'];
      // Own keys only: an event typed `constructor` must not reach Object's prototype.
      if (Object.prototype.hasOwnProperty.call(start, type)) {
        return (start[type] as (event: E, recorded: ProjectedEvent) => Doc)(event, recorded);
      }
      if (doc === null || !Object.prototype.hasOwnProperty.call(change, type)) return doc;
      return (change[type] as (doc: Doc, event: E, recorded: ProjectedEvent) => Doc)(doc, event, recorded);
    },
  });
}
