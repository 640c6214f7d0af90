import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './report';
import { runWorker } from './child';

export interface Dataset {
  dir: string;
  size: number;
  events: number;
  flows: number;
  /** Seconds generation took, or null when an earlier run's data was reused. */
  generatedIn: number | null;
}

export const DATA_DIR = join(BENCH_DIR, '.data');

/** The data dir of a history of `size` events: reused when complete, else generated afresh. */
export async function dataset(size: number): Promise<Dataset> {
  const dir = join(DATA_DIR, `events-${size}`);
  const marker = join(dir, 'dataset.json');
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, 'utf8')) as { events: number; flows: number };
    return { dir, size, events: done.events, flows: done.flows, generatedIn: null };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`  generating ${size} events through the domain in ${dir} …\n`);
  const made = await runWorker<{ events: number; flows: number; seconds: number }>('bench/lib/generate', [
    dir,
    String(size),
  ]);
  return { dir, size, events: made.events, flows: made.flows, generatedIn: made.seconds };
}
