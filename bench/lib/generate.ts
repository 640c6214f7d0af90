import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import {
  checkWorldTime,
  ENVIRONMENT,
  Environment,
  EVENT_STORE,
  EventCatalog,
  envelopeEvents,
  HANDLING_TIME,
  PersonDirectory,
  validateEnvironment,
  worldTimeOf,
  WorldTimeSource,
} from '@samverkan/core';
import { categoryOf, RecordedEvent, SqliteEventStore, StreamAppend } from '@samverkan/event-store';
import { WorkspaceModule } from '../../apps/api/src/workspace.module';
import { flowsFor, historyFlow, HISTORY_VERSION } from './domain-flows';
import type { FlowStep } from './flow-steps';
import { closeSealedYear } from './sealed-year';

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

/**
 * Child process: fills DATA_DIR with about `size` events, decided by the real deciders and put
 * in the pipeline's envelope and hash chain (envelopeEvents), with the pipeline's two clocks (the
 * world's time of the fact, checked as it checks it, and the flow's moment as the recording),
 * appended through the SQLite adapter in bulk (appendMany: one transaction per few thousand
 * events instead of one per command). Then, through the endpoints, the sealing of 2024 and what
 * follows it (sealed-year.ts). Writes dataset.json: the history's version, its counts and seal.
 */
async function main(dir: string, size: number): Promise<void> {
  const env = validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  const store = app.get<SqliteEventStore>(EVENT_STORE);
  const catalog = app.get(EventCatalog);
  const total = flowsFor(size);
  const started = Date.now();
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
  const bulkSeconds = (Date.now() - started) / 1000;
  const deps = { store, catalog, persons: app.get(PersonDirectory), env: app.get<Environment>(ENVIRONMENT) };
  const { sealId, sent } = await closeSealedYear(deps, i, total);
  for (const result of sent) {
    count += result.events.length;
    byCategory[categoryOf(result.stream)] = (byCategory[categoryOf(result.stream)] ?? 0) + result.events.length;
  }
  const seconds = (Date.now() - started) / 1000;
  const made = { version: HISTORY_VERSION, size, events: count, flows: i, sealId, seconds, bulkSeconds, byCategory };
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ ...made, generatedAt: new Date().toISOString() }, null, 2));
  await app.close();
  process.stdout.write(JSON.stringify(made) + '\n');
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

const [dir, size] = process.argv.slice(2);
main(dir, Number(size)).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
