import {
  checkWorldTime,
  EventCatalog,
  envelopeEvents,
  HANDLING_TIME,
  worldTimeOf,
  WorldTimeSource,
} from '@samverkan/core';
import { categoryOf, RecordedEvent, SqliteEventStore, StreamAppend } from '@samverkan/event-store';
import { flowsFor, historyFlow } from './domain-flows';
import type { FlowStep } from './flow-steps';

/** What the generator keeps of a stream between its commands, as the pipeline's fold would give it. */
interface Head {
  state: unknown;
  last: Pick<RecordedEvent, 'revision' | 'metadata'> | null;
  /** The earliest day its facts state (the world-time check's lower bound), as the fold computes it. */
  existedFrom: string | null;
  eventIds: Set<string>;
}

const freshHead = (step: FlowStep): Head => ({
  state: step.decider.initialState(),
  last: null,
  existedFrom: null,
  eventIds: new Set(),
});

export interface LoadedHistory {
  /** Events appended. */
  events: number;
  /** Flows played, of `total`. */
  flows: number;
  /** The flows the history's time is spread over (flowsFor). */
  total: number;
  /** Events by stream category. */
  byCategory: Record<string, number>;
}

/**
 * Appends about `size` events of the history's flows to `store`, decided by the real deciders and
 * put in the pipeline's envelope and hash chain (envelopeEvents), with the pipeline's two clocks
 * (the world's time of the fact, checked as it checks it, and the flow's moment as the
 * recording), through the SQLite adapter in bulk (appendMany: one transaction per few thousand
 * events instead of one per command).
 */
export async function loadHistory(
  store: SqliteEventStore,
  catalog: EventCatalog,
  size: number,
): Promise<LoadedHistory> {
  const total = flowsFor(size);
  const byCategory: Record<string, number> = {};
  let pending: StreamAppend[] = [];
  let pendingEvents = 0;
  let count = 0;
  let i = 0;
  const flush = async () => {
    await store.appendMany(pending);
    pending = [];
    pendingEvents = 0;
  };
  // Heads of the streams that outlive their flow; every other stream is new in its flow.
  const lasting = new Map<string, Head>();
  for (; count < size; i++) {
    const heads = new Map<string, Head>();
    for (const step of historyFlow(i, total)) {
      const head = heads.get(step.stream) ?? lasting.get(step.stream) ?? freshHead(step);
      const { events, next } = decided(catalog, step, head);
      (step.lasting ? lasting : heads).set(step.stream, next);
      pending.push({
        stream: step.stream,
        events,
        expectedRevision: head.last ? head.last.revision : 'no_stream',
      });
      pendingEvents += events.length;
      count += events.length;
      byCategory[categoryOf(step.stream)] = (byCategory[categoryOf(step.stream)] ?? 0) + events.length;
    }
    if (pendingEvents >= 5000) await flush();
  }
  await flush();
  return { events: count, flows: i, total, byCategory };
}

/**
 * A step decided as the pipeline decides it: the decider on the stream's state, the world's time
 * read from the decider's declaration and checked, a correction checked against the stream, and
 * the events enveloped and chained, recorded at the command's moment.
 */
function decided(catalog: EventCatalog, step: FlowStep, head: Head) {
  const { stream, decider, command, context } = step;
  const events = decider.decide(command, head.state);
  if (events.length === 0) throw new Error(`${command.type} on ${stream} decided nothing`);
  const sources = decider.worldTimes as Record<string, WorldTimeSource | undefined>;
  const world = worldTimeOf(sources[command.type], command, head.state);
  checkWorldTime(world, command.metadata.now, { stream, existedFrom: head.existedFrom });
  if (context.correction && !head.eventIds.has(context.correction.corrects))
    throw new Error(`${command.type} on ${stream} corrects ${context.correction.corrects}, not an event of it`);
  const toAppend = envelopeEvents(catalog, stream, head.last, events, command, context, command.metadata.now, world);
  let state = head.state;
  for (const event of events) state = decider.evolve(state, event);
  const stated = world.from !== HANDLING_TIME;
  // The head is left behind for the next one, so its set of ids is handed on, not copied.
  for (const event of toAppend) head.eventIds.add(event.id);
  const next: Head = {
    state,
    last: { revision: (head.last?.revision ?? -1) + events.length, metadata: toAppend.at(-1)!.metadata ?? {} },
    existedFrom: stated && (head.existedFrom === null || world.date < head.existedFrom) ? world.date : head.existedFrom,
    eventIds: head.eventIds,
  };
  return { events: toAppend, next };
}
