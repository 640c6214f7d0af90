import type { EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import { daysLate, isLateEntry } from '@samverkan/core/domain';
import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';

/**
 * A stored event as a report cites it: enough to find it in the timeline and see why it was
 * written, with both its clocks, so an entry made long after its fact is never silent.
 */
export interface CitedEvent {
  eventId: string;
  position: Position;
  stream: string;
  type: string;
  summary: string;
  /** When its fact happened in the world (EventCatalog.occurredAt). */
  occurredAt: string;
  /** The Stockholm date of `occurredAt`. */
  occurredOn: string;
  recordedAt: string;
  /** Whole days from the day it happened to the day it was recorded. */
  daysLate: number;
  /** Recorded more than LATE_ENTRY_DAYS days after it happened. */
  lateEntry: boolean;
  reason: string | null;
  corrects: string | null;
}

/** Who took a reporting decision, their name joined at read time ("raderad" after erasure). */
export interface DecidedBy {
  personId: string;
  name: string | null;
  organisation: string;
  role: string;
}

const PAGE = 5000;

/** Every event after `after` up to `upTo` (both positions), in order; only those of these stream prefixes when given. */
export async function readBetween(
  store: EventStore,
  after: Position | 'start',
  upTo: Position | null,
  streamPrefixes?: string[],
): Promise<RecordedEvent[]> {
  if (upTo === null || (after !== 'start' && upTo <= after)) return [];
  if (!streamPrefixes) return readRange(store, after, upTo);
  // One read per prefix, merged: SQLite finds one prefix's streams from its stream index, but
  // several OR-ed prefixes it reads by scanning the whole store, so a report of a few hundred
  // events cost as much as the history beside it (bench/README.md).
  const reads = await Promise.all(
    [...new Set(streamPrefixes)].map((prefix) => readRange(store, after, upTo, { streamPrefixes: [prefix] })),
  );
  return reads.flat().sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
}

async function readRange(
  store: EventStore,
  after: Position | 'start',
  upTo: Position,
  filter?: { streamPrefixes: string[] },
): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  let from = after;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE, filter });
    for (const e of page) if (e.position <= upTo) all.push(e);
    if (page.length < PAGE || page[page.length - 1].position >= upTo) return all;
    from = page[page.length - 1].position;
  }
}

export function citedEvent(catalog: EventCatalog, e: RecordedEvent, lateEntryDays: number): CitedEvent {
  const m = e.metadata as Partial<EventMetadata>;
  const occurred = catalog.occurredAt(e);
  return {
    eventId: e.id,
    position: e.position,
    stream: e.stream,
    type: e.type,
    summary: catalog.summarize(e),
    occurredAt: occurred.at,
    occurredOn: occurred.date,
    recordedAt: e.recordedAt.toISOString(),
    daysLate: daysLate(occurred.date, e.recordedAt),
    lateEntry: isLateEntry(occurred.date, e.recordedAt, lateEntryDays),
    reason: m.reason ?? m.correction?.reason ?? null,
    corrects: m.correction?.corrects ?? null,
  };
}

export function decidedBy(persons: PersonDirectory, e: RecordedEvent): DecidedBy {
  return decidedByActor(persons, (e.metadata as Partial<EventMetadata>).actor);
}

/** The same from the actor alone, as a read model keeps it. */
export function decidedByActor(
  persons: PersonDirectory,
  actor: Pick<NonNullable<EventMetadata['actor']>, 'id' | 'organisation' | 'role'> | null | undefined,
): DecidedBy {
  return {
    personId: actor?.id ?? '',
    name: actor ? persons.displayName(actor.id) : null,
    organisation: actor?.organisation ?? '',
    role: actor?.role ?? '',
  };
}
