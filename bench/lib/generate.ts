import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { EVENT_STORE, EventCatalog, envelopeEvents, validateEnvironment } from '@samverkan/core';
import { RecordedEvent, SqliteEventStore, StreamAppend } from '@samverkan/event-store';
import { WorkspaceModule } from '../../apps/api/src/workspace.module';
import { flow } from './domain-flows';

/**
 * Child process: fills DATA_DIR with at least `size` events, decided by the real deciders and put
 * in the pipeline's envelope and hash chain (envelopeEvents), appended through the SQLite adapter
 * in bulk (appendMany: one transaction per few thousand events instead of one per command).
 */
async function main(dir: string, size: number): Promise<void> {
  const env = validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  const store = app.get<SqliteEventStore>(EVENT_STORE);
  const catalog = app.get(EventCatalog);
  const flows = Math.ceil(size / 4.2);
  const started = Date.now();
  let pending: StreamAppend[] = [];
  let pendingEvents = 0;
  let count = 0;
  let i = 0;
  const flush = async () => {
    await store.appendMany(pending);
    pending = [];
    pendingEvents = 0;
  };
  for (; count < size; i++) {
    const heads = new Map<string, { state: unknown; last: Pick<RecordedEvent, 'revision' | 'metadata'> | null }>();
    for (const step of flow(i, flows)) {
      const head = heads.get(step.stream) ?? { state: step.decider.initialState(), last: null };
      const events = step.decider.decide(step.command, head.state);
      const toAppend = envelopeEvents(catalog, step.stream, head.last, events, step.command, step.context);
      let state = head.state;
      for (const event of events) state = step.decider.evolve(state, event);
      const last = toAppend.at(-1)!;
      heads.set(step.stream, {
        state,
        last: { revision: (head.last?.revision ?? -1) + events.length, metadata: last.metadata ?? {} },
      });
      pending.push({
        stream: step.stream,
        events: toAppend,
        expectedRevision: head.last ? head.last.revision : 'no_stream',
      });
      pendingEvents += events.length;
      count += events.length;
    }
    if (pendingEvents >= 5000) await flush();
  }
  await flush();
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(
    join(dir, 'dataset.json'),
    JSON.stringify({ size, events: count, flows: i, seconds, generatedAt: new Date().toISOString() }, null, 2),
  );
  await app.close();
  process.stdout.write(JSON.stringify({ events: count, flows: i, seconds }) + '\n');
}

const [dir, size] = process.argv.slice(2);
main(dir, Number(size)).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
