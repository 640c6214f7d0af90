import { runWorker } from './lib/child';
import { dataset } from './lib/dataset';
import { BenchResult, fmt, sizeLabel } from './lib/report';

interface RebuildFigures {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** Reading and parsing every row, nothing else, in the same process before the rebuild. */
  readLimit: { events: number; seconds: number; eventsPerSecond: number };
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
  for (const size of sizes) {
    const data = await dataset(size);
    const rebuild = await runWorker<RebuildFigures>('bench/lib/rebuild', [data.dir], ['--expose-gc']);
    figures[sizeLabel(size)] = { dataset: data, rebuild };
    rows.push([
      sizeLabel(size),
      fmt.int(rebuild.events),
      rebuild.seconds.toFixed(1),
      fmt.int(rebuild.eventsPerSecond),
      fmt.int(rebuild.readLimit.eventsPerSecond),
      `${((100 * rebuild.eventsPerSecond) / rebuild.readLimit.eventsPerSecond).toFixed(0)}%`,
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
          'RSS at start MiB',
          'peak RSS MiB',
          'RSS growth MiB',
          'peak heap MiB',
          'data generated',
        ],
        rows,
      },
    ],
  };
}
