import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ProjectionRunner, validateEnvironment } from '@samverkan/core';
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
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const samples: { events: number; rss: number; heapUsed: number }[] = [];
  let pages = 0;
  const started = process.hrtime.bigint();
  const count = await runner.rebuild(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
    if (++pages % 25 === 0) samples.push({ events: pages * 2000, rss, heapUsed });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await app.close();
  writeFileSync(join(dir, 'rebuilt.json'), JSON.stringify({ events: count, at: new Date().toISOString() }));
  process.stdout.write(
    JSON.stringify({
      events: count,
      seconds,
      eventsPerSecond: count / seconds,
      rssBefore: before.rss,
      heapBefore: before.heapUsed,
      peakRss,
      peakHeap,
      samples,
    }) + '\n',
  );
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
