import { EventStore } from '@samverkan/event-store';
import { EventCatalog } from '../catalog/event-catalog';
import { Decider, DomainEvent } from '../domain/decider';
import { FoldedStreams, foldStream } from './folded-streams';

export interface LoadedState<S> {
  state: S;
  /** The stream's revision (-1: it does not exist). */
  revision: number;
}

/**
 * An entity's current state, folded from its stream: for application services that check a
 * command across aggregates (a dry run of `decide`) before they append anything.
 */
export async function loadState<E extends DomainEvent, S>(
  deps: { store: EventStore; catalog: EventCatalog; folded?: FoldedStreams },
  stream: string,
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
): Promise<LoadedState<S>> {
  const { state, revision } = await foldStream(deps, stream, decider);
  return { state, revision };
}

/** Every event of these types in a category's streams, in store order, in its current shape. */
export async function scanCategory<E extends DomainEvent>(
  deps: { store: EventStore; catalog: EventCatalog },
  category: string,
  types: readonly E['type'][],
): Promise<(E & { stream: string })[]> {
  const events = await deps.store.readAll({ filter: { streamPrefixes: [`${category}-`], eventTypes: [...types] } });
  return events.map(
    (e) => ({ stream: e.stream, type: e.type, data: deps.catalog.currentData(e) }) as E & { stream: string },
  );
}
