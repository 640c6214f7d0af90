import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { EVENT_STORE, ProjectionRunner, REBUILD_PAGE, REBUILD_TRANSACTION, validateEnvironment } from '@samverkan/core';
import type { EventStore, Position } from '@samverkan/event-store';
import { WorkspaceModule } from '../../apps/api/src/workspace.module';

/**
 * Child process: drops every read model in DATA_DIR and replays the whole store into it, as
 * `cli rebuild` does, sampling memory after every page. Its own process, so the peak RSS is the
 * rebuild's and not the generator's or an earlier size's.
 */
async function main(dir: string): Promise<void> {
  const env = validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  const runner = app.get(ProjectionRunner);
  const limit = await readLimit(app.get<EventStore>(EVENT_STORE));
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const samples: { events: number; rss: number; heapUsed: number }[] = [];
  let transactions = 0;
  const cpuStarted = cpuSeconds();
  const started = process.hrtime.bigint();
  const count = await runner.rebuild(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
    // Progress comes once per committed transaction of the rebuild.
    if (++transactions % 5 === 0) samples.push({ events: transactions * REBUILD_TRANSACTION, rss, heapUsed });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = cpuSeconds() - cpuStarted;
  await app.close();
  writeFileSync(join(dir, 'rebuilt.json'), JSON.stringify({ events: count, at: new Date().toISOString() }));
  process.stdout.write(
    JSON.stringify({
      events: count,
      seconds,
      eventsPerSecond: count / seconds,
      cpuSeconds: cpu,
      readLimit: limit,
      rssBefore: before.rss,
      heapBefore: before.heapUsed,
      peakRss,
      peakHeap,
      samples,
    }) + '\n',
  );
}

/**
 * The limit a rebuild is measured against: reading every row of the store in the rebuild's pages
 * and parsing its data and metadata (what `readAll` returns), nothing else. Run first, on a warm
 * file cache like the rebuild's own. Pages of 10,000 took twice the CPU of pages of 1,000 here
 * (garbage collection), and no smaller page was cheaper: this is the cheap way.
 */
async function readLimit(
  store: EventStore,
): Promise<{ events: number; seconds: number; eventsPerSecond: number; cpuSeconds: number }> {
  let from: Position | 'start' = 'start';
  let events = 0;
  const cpuStarted = cpuSeconds();
  const started = process.hrtime.bigint();
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: REBUILD_PAGE });
    if (page.length === 0) break;
    events += page.length;
    from = page[page.length - 1].position;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { events, seconds, eventsPerSecond: events / seconds, cpuSeconds: cpuSeconds() - cpuStarted };
}

/**
 * The process's CPU time (user + system). On a machine shared by other work, wall time measures the
 * scheduler as much as the code; the CPU each phase took is disturbed far less.
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
