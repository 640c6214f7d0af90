import { appendBench } from './append.bench';
import { commandsBench } from './commands.bench';
import { projectionBench } from './projection.bench';
import { queriesBench } from './queries.bench';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BenchResult,
  currentLoad,
  fmt,
  machine,
  markdownTables,
  printTables,
  RESULTS_DIR,
  sizeLabel,
  writeJson,
} from './lib/report';

/**
 * `npm run bench` runs every benchmark at 10k, 100k and 1M events; `-- --quick` a short pass at 10k
 * (under two minutes) to catch a regression before committing; `-- --only append,queries` picks some (append, commands, projection, queries).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only =
    args.find((a) => a.startsWith('--only='))?.split('=')[1] ??
    (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
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
    ['commands', () => commandsBench(quick)],
    ['projection', () => projectionBench(sizes)],
    ['queries', () => queriesBench(sizes, quick)],
  ];
  const summary: string[] = [
    `Machine: ${facts.cpu}, ${facts.cores} cores, ${facts.ramGiB} GiB RAM, Node ${facts.node}, SQLite ${facts.sqlite}, commit ${facts.commit}, ${new Date().toISOString()} (${mode} run)`,
  ];
  const results = new Map<string, BenchResult>();
  for (const [name, bench] of benches) {
    if (!wanted(name)) continue;
    const loadBefore = currentLoad();
    const result = await bench();
    results.set(name, result);
    result.figures.load = { before: loadBefore, after: currentLoad() };
    printTables(result);
    process.stdout.write(
      `  load average before/after: ${loadBefore} / ${currentLoad()}\n  → ${writeJson(result, facts, mode)}\n`,
    );
    summary.push(
      `### ${name}\n\nLoad average (1, 5, 15 min) before: ${loadBefore}; after: ${currentLoad()}\n\n${markdownTables(result)}`,
    );
  }
  const growth = growthTable(sizes, results);
  if (growth) {
    printTables(growth);
    summary.push(`### cost growth\n\n${markdownTables(growth)}`);
  }
  const summaryFile = join(RESULTS_DIR, `summary-${mode}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(summaryFile, summary.join('\n\n') + '\n');
  process.stdout.write(`\nMarkdown summary (for bench/README.md): ${summaryFile}\n`);
  process.stdout.write(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Point 4 of the brief: the figures of every size side by side, so a cost that grows with history shows. */
function growthTable(sizes: number[], results: Map<string, BenchResult>): BenchResult | null {
  const projection = results.get('projection');
  const queries = results.get('queries');
  if (!projection && !queries) return null;
  const measured = (queries?.figures.measured ?? []) as { size: string; query: string; p95: number }[];
  const names = [...new Set(measured.map((m) => m.query))];
  const head = ['history', 'rebuild events/s', 'rebuild peak RSS MiB', ...names.map((n) => `${n} p95 ms`)];
  const rows = sizes.map((size) => {
    const label = sizeLabel(size);
    const rebuild = (
      projection?.figures[label] as { rebuild?: { eventsPerSecond: number; peakRss: number } } | undefined
    )?.rebuild;
    return [
      label,
      rebuild ? fmt.int(rebuild.eventsPerSecond) : '',
      rebuild ? fmt.mib(rebuild.peakRss) : '',
      ...names.map((n) => {
        const m = measured.find((x) => x.query === n && x.size === label);
        return m ? fmt.ms(m.p95) : '';
      }),
    ];
  });
  return { name: 'growth', figures: {}, tables: [{ title: 'Cost growth by history size', head, rows }] };
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
