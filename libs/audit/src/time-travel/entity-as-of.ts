import { EventCatalog, InputValidationError, NotFoundError } from '@samverkan/core';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';

/** Which clock "as of a moment" reads: when the store recorded an event, or when its fact happened. */
export type AsOfClock = 'recorded' | 'occurred';

export interface AsOf {
  revision?: number;
  at?: Date;
  clock?: AsOfClock;
}

export interface EntityState {
  stream: string;
  module: string;
  /** False when the entity did not exist yet at that moment. */
  existed: boolean;
  /** The last revision folded in (-1: none). */
  revision: number;
  position: Position | null;
  /** The clock the moment was read on (a revision or no moment: recorded). */
  clock: AsOfClock;
  /** The last folded event's time on that clock. */
  lastChangeAt: Date | null;
  /** The revision the stream has now, to show how far back this view is. */
  currentRevision: number;
  /** The state, in plain JSON (maps as objects, sets as arrays). */
  state: unknown;
  /** The events folded in. */
  events: RecordedEvent[];
}

/**
 * An entity as it was: its stream read up to a revision or a moment and folded by the owning
 * module's own evolve, so time travel can never disagree with what the module decided on.
 */
export async function entityAsOf(
  store: EventStore,
  catalog: EventCatalog,
  stream: string,
  asOf: AsOf,
): Promise<EntityState> {
  if (asOf.revision !== undefined && asOf.at !== undefined) {
    throw new InputValidationError([{ field: 'revision', messages: ['give either revision or at, not both'] }]);
  }
  const evolver = catalog.evolverOf(stream);
  if (!evolver) {
    throw new InputValidationError([{ field: 'stream', messages: [`no module folds streams like ${stream}`] }]);
  }
  const history = await store.readStream(stream);
  if (history.length === 0) throw new NotFoundError('Entity', stream);
  const clock = asOf.at !== undefined ? (asOf.clock ?? 'recorded') : 'recorded';
  const folded = history.slice(0, lastIncluded(history, asOf, clock, catalog) + 1);
  const state = folded.reduce(
    (s, e) => evolver.evolve(s, { type: e.type, data: catalog.currentData(e) }),
    evolver.initialState(),
  );
  const last = folded.at(-1);
  return {
    stream,
    module: catalog.moduleOf(stream),
    existed: folded.length > 0,
    revision: last?.revision ?? -1,
    position: last?.position ?? null,
    clock,
    lastChangeAt: last ? timeOf(last, clock, catalog) : null,
    currentRevision: history.length - 1,
    state: plainJson(state),
    events: folded,
  };
}

/**
 * The index of the last event to fold. On the world's clock that is the last event whose fact had
 * happened by the moment, with everything recorded before it: a fact recorded later than its time
 * (a meeting planned today, held last year) stands on what the stream held when it was decided, so
 * the state shown is always one the module really decided on.
 */
function lastIncluded(history: RecordedEvent[], asOf: AsOf, clock: AsOfClock, catalog: EventCatalog): number {
  const included = (e: RecordedEvent): boolean =>
    asOf.revision !== undefined
      ? e.revision <= asOf.revision
      : asOf.at === undefined || timeOf(e, clock, catalog) <= asOf.at;
  for (let index = history.length - 1; index >= 0; index--) if (included(history[index])) return index;
  return -1;
}

function timeOf(event: RecordedEvent, clock: AsOfClock, catalog: EventCatalog): Date {
  return clock === 'occurred' ? new Date(catalog.occurredAt(event).at) : event.recordedAt;
}

/** States may hold maps and sets for fast rules; auditors get them as JSON objects and arrays. */
export function plainJson(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plainJson(v)]));
  if (value instanceof Set) return [...value].map(plainJson);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plainJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainJson(v)]));
  }
  return value;
}

/** Every string in a state, keys included (states key people by id), to find the person ids it holds. */
export function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      stringsIn(v, into);
    }
  }
  return into;
}
