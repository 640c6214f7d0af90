import { appendBench } from './append.bench';
import { projectionBench } from './projection.bench';
import { queriesBench } from './queries.bench';
import { BenchResult, currentLoad, machine, printTables, writeJson } from './lib/report';

/**
 * `npm run bench` runs every benchmark at 10k, 100k and 1M events; `-- --quick` a short pass at 10k
 * (under two minutes) to catch a regression before committing; `-- --only append,queries` picks some.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only'))?.split('=')[1] ?? args[args.indexOf('--only') + 1];
  const sizesArg = args.find((a) => a.startsWith('--sizes='))?.split('=')[1];
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : quick ? [10_000] : [10_000, 100_000, 1_000_000];
  const wanted = (name: string) => !only || only.split(',').includes(name);
  const { default: Database } = await import('better-sqlite3');
  const facts = machine(String(new Database(':memory:').prepare('select sqlite_version() as v').pluck().get()));
  const mode = quick ? 'quick' : 'full';
  process.stdout.write(`Samverkan benchmarks (${mode}), sizes ${sizes.join(', ')}\n${JSON.stringify(facts)}\n`);
  const started = Date.now();
  const benches: [string, () => Promise<BenchResult>][] = [
    ['append', () => appendBench(quick)],
    ['projection', () => projectionBench(sizes)],
    ['queries', () => queriesBench(sizes, quick)],
  ];
  for (const [name, bench] of benches) {
    if (!wanted(name)) continue;
    const loadBefore = currentLoad();
    const result = await bench();
    result.figures.load = { before: loadBefore, after: currentLoad() };
    printTables(result);
    process.stdout.write(`  load average before/after: ${loadBefore} / ${currentLoad()}\n  → ${writeJson(result, facts, mode)}\n`);
  }
  process.stdout.write(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
