import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './report';
import { runWorker } from './child';
import { HISTORY_VERSION } from './domain-flows';

export interface Dataset {
  dir: string;
  size: number;
  events: number;
  flows: number;
  /** The seal of 2024 the generator made after the bulk (see sealed-year.ts). */
  sealId: string;
  /** Seconds generation took, or null when an earlier run's data was reused. */
  generatedIn: number | null;
}

/** What generate.ts writes to dataset.json (and prints). */
interface Generated {
  version?: number;
  events: number;
  flows: number;
  sealId: string;
  seconds: number;
}

export const DATA_DIR = join(BENCH_DIR, '.data');

/**
 * The data dir of a history of `size` events: reused when complete and of this HISTORY_VERSION,
 * else generated afresh (an older history would hold other flows, or none of the ESF work the
 * queries ask for).
 */
export async function dataset(size: number): Promise<Dataset> {
  const dir = join(DATA_DIR, `events-${size}`);
  const marker = join(dir, 'dataset.json');
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, 'utf8')) as Generated;
    if (done.version === HISTORY_VERSION)
      return { dir, size, events: done.events, flows: done.flows, sealId: done.sealId, generatedIn: null };
    process.stdout.write(`  ${dir} holds a history of version ${done.version ?? 1}, not ${HISTORY_VERSION}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`  generating ${size} events through the domain in ${dir} …\n`);
  const made = await runWorker<Generated>('bench/lib/generate', [dir, String(size)]);
  return { dir, size, events: made.events, flows: made.flows, sealId: made.sealId, generatedIn: made.seconds };
}
