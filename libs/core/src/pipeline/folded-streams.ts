import type { EventStore, RecordedEvent } from '@samverkan/event-store';
import type { EventCatalog } from '../catalog/event-catalog';
import type { Decider, DomainEvent } from '../domain/decider';
import { HANDLING_TIME } from '../domain/world-time';
import type { EventMetadata } from '../envelope/envelope';

/** A stream folded up to a revision, with what the pipeline checks on every command. */
export interface FoldedStream<S> {
  /** The revision folded (-1: the stream does not exist). */
  revision: number;
  state: S;
  /** The stream's last event: the hash chain continues from it. */
  last: RecordedEvent | null;
  /** The command ids the stream's events were appended under, for idempotency. */
  commandIds: ReadonlySet<string>;
  /** The earliest day the stream's recorded facts state (see handleCommand's world-time check). */
  existedFrom: string | null;
}

type Fold = Pick<Decider<never, DomainEvent, unknown>, 'initialState' | 'evolve'>;

interface Entry {
  decider: Fold;
  folded: FoldedStream<unknown>;
}

/** How many streams a cache keeps folded: the entities a busy day touches, bounded whatever their size. */
const DEFAULT_CAPACITY = 5_000;

/**
 * Folded streams kept between commands, so that a command reads and folds only the events
 * appended since the last one instead of its entity's whole history. Always checked against the
 * store: each use reads the events after the cached revision (another process may have appended),
 * so the cache can be stale only in cost, never in what a command decides on. Relies on `evolve`
 * being pure (it returns a new state and never changes the one it is given), as every decider's is.
 */
export class FoldedStreams {
  /** In least recently used order (a Map keeps insertion order). */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get<S>(stream: string, decider: Fold): FoldedStream<S> | undefined {
    const entry = this.entries.get(stream);
    if (entry === undefined || entry.decider !== decider) return undefined;
    this.entries.delete(stream);
    this.entries.set(stream, entry);
    return entry.folded as FoldedStream<S>;
  }

  set<S>(stream: string, decider: Fold, folded: FoldedStream<S>): void {
    const known = this.entries.get(stream);
    // Concurrent commands may fold the same stream: keep the furthest.
    if (known !== undefined && known.decider === decider && known.folded.revision > folded.revision) return;
    this.entries.delete(stream);
    this.entries.set(stream, { decider, folded });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/**
 * The stream folded with `decider` up to its current revision: from the cache plus the events
 * appended since, when `deps.folded` is given, else from the whole stream.
 */
export async function foldStream<E extends DomainEvent, S>(
  deps: { store: EventStore; catalog: EventCatalog; folded?: FoldedStreams },
  stream: string,
  decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
): Promise<FoldedStream<S>> {
  const fold = decider as unknown as Fold;
  const cached = deps.folded?.get<S>(stream, fold);
  const since = cached
    ? await deps.store.readStream(stream, { fromRevision: cached.revision + 1 })
    : await deps.store.readStream(stream);
  if (cached && since.length === 0) return cached;
  const folded = extend(deps.catalog, decider, cached ?? emptyFold(decider), since);
  deps.folded?.set(stream, fold, folded);
  return folded;
}

function emptyFold<S>(decider: Pick<Decider<never, DomainEvent, S>, 'initialState'>): FoldedStream<S> {
  return { revision: -1, state: decider.initialState(), last: null, commandIds: new Set(), existedFrom: null };
}

function extend<E extends DomainEvent, S>(
  catalog: EventCatalog,
  decider: Pick<Decider<never, E, S>, 'evolve'>,
  from: FoldedStream<S>,
  events: RecordedEvent[],
): FoldedStream<S> {
  let { state, existedFrom } = from;
  // Grown in place rather than copied (a long stream has many): every id in it is of a stored
  // event, whichever revision a concurrent reader of the same entry has folded to.
  const commandIds = from.commandIds as Set<string>;
  for (const event of events) {
    state = decider.evolve(state, { type: event.type, data: catalog.currentData(event) } as E);
    const metadata = event.metadata as Partial<EventMetadata>;
    if (metadata.commandId !== undefined) commandIds.add(metadata.commandId);
    existedFrom = earlierStated(catalog, event, existedFrom);
  }
  const last = events.at(-1);
  return { revision: last?.revision ?? from.revision, state, last: last ?? from.last, commandIds, existedFrom };
}

/** The earlier of `earliest` and the day `event` states its fact happened (if it states one). */
export function earlierStated(catalog: EventCatalog, event: RecordedEvent, earliest: string | null): string | null {
  // Facts dated by their handling never bound the entity: skip them before any date arithmetic.
  if ((event.metadata as Partial<EventMetadata>).occurredFrom === HANDLING_TIME) return earliest;
  const time = catalog.occurredAt(event);
  return time.from !== HANDLING_TIME && (earliest === null || time.date < earliest) ? time.date : earliest;
}
