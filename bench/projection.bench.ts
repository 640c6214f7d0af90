import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorker } from './lib/child';
import { startServer } from './lib/server';
import { dataset } from './lib/dataset';
import { BenchResult, fmt, sizeLabel } from './lib/report';

interface RebuildFigures {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** CPU time (user + system) of the rebuild. */
  cpuSeconds: number;
  /** Reading and parsing every row, nothing else, in the same process before the rebuild. */
  readLimit: { events: number; seconds: number; eventsPerSecond: number; cpuSeconds: number };
  rssBefore: number;
  heapBefore: number;
  peakRss: number;
  peakHeap: number;
  samples: { events: number; rss: number; heapUsed: number }[];
}

/**
 * Rebuild of every read model from histories of each size, generated through the domain. Each
 * rebuild runs in its own process so its peak memory is its own.
 */
export async function projectionBench(sizes: number[]): Promise<BenchResult> {
  const rows: (string | number)[][] = [];
  const figures: Record<string, unknown> = {};
  const replicaRows: (string | number)[][] = [];
  for (const size of sizes) {
    const data = await dataset(size);
    const rebuild = await runWorker<RebuildFigures>('bench/lib/rebuild', [data.dir], ['--expose-gc']);
    const replica = await newReplica(data.dir);
    figures[sizeLabel(size)] = { dataset: data, rebuild, replica };
    replicaRows.push([
      sizeLabel(size),
      fmt.int(rebuild.events),
      replica.live.toFixed(1),
      replica.ready.toFixed(1),
      fmt.int(rebuild.events / (replica.ready - replica.live)),
    ]);
    rows.push([
      sizeLabel(size),
      fmt.int(rebuild.events),
      rebuild.seconds.toFixed(1),
      fmt.int(rebuild.eventsPerSecond),
      fmt.int(rebuild.readLimit.eventsPerSecond),
      `${((100 * rebuild.eventsPerSecond) / rebuild.readLimit.eventsPerSecond).toFixed(0)}%`,
      `${((100 * rebuild.readLimit.cpuSeconds) / rebuild.cpuSeconds).toFixed(0)}%`,
      fmt.mib(rebuild.rssBefore),
      fmt.mib(rebuild.peakRss),
      fmt.mib(rebuild.peakRss - rebuild.rssBefore),
      fmt.mib(rebuild.peakHeap),
      data.generatedIn === null ? 'reused' : `${data.generatedIn.toFixed(0)} s`,
    ]);
  }
  return {
    name: 'projection',
    figures,
    tables: [
      {
        title: 'Rebuild of every read model (timeline, tips, forums, …) from the store',
        head: [
          'history',
          'events',
          'seconds',
          'events/s',
          'read limit events/s',
          'rebuild / limit',
          'rebuild / limit, CPU time',
          'RSS at start MiB',
          'peak RSS MiB',
          'RSS growth MiB',
          'peak heap MiB',
          'data generated',
        ],
        rows,
      },
      {
        title: 'A new replica: the server started on the store with no read models, until /health/ready answers 200',
        head: ['history', 'events', 'live after s', 'ready after s', 'events/s from live to ready'],
        rows: replicaRows,
      },
    ],
  };
}

/**
 * The store and secrets of the history in a folder of their own, without the read models: the
 * server starts as a new replica would, replays the store, and only then reports ready.
 */
async function newReplica(dir: string): Promise<{ live: number; ready: number }> {
  const copy = mkdtempSync(join(tmpdir(), 'samverkan-replica-'));
  try {
    for (const name of readdirSync(dir))
      if (!name.startsWith('read-models') && name !== 'rebuilt.json') cpSync(join(dir, name), join(copy, name));
    const server = await startServer(copy, '/health/ready');
    await server.stop();
    return { live: server.live, ready: server.ready };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
