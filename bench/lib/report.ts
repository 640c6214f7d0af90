import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import Table from 'cli-table3';

/** The repository root, whether this runs from bench/ (ts-node) or dist/bench/ (compiled). */
export const ROOT = (function findRoot(dir: string): string {
  return existsSync(join(dir, 'package.json')) ? dir : findRoot(dirname(dir));
})(__dirname);
export const BENCH_DIR = join(ROOT, 'bench');
export const RESULTS_DIR = join(BENCH_DIR, 'results');

/** What a benchmark hands back: its tables (for the console and README) and raw figures (for JSON). */
export interface BenchResult {
  name: string;
  tables: { title: string; head: string[]; rows: (string | number)[][] }[];
  figures: Record<string, unknown>;
  notes?: string[];
}

export function printTables(result: BenchResult): void {
  for (const t of result.tables) {
    const table = new Table({ head: t.head, style: { head: [], border: [] } });
    table.push(...t.rows.map((row) => row.map(String)));
    process.stdout.write(`\n${t.title}\n${table.toString()}\n`);
  }
  for (const note of result.notes ?? []) process.stdout.write(`  ${note}\n`);
}

/** The same tables as Markdown, for bench/README.md. */
export function markdownTables(result: BenchResult): string {
  return result.tables
    .map((t) =>
      [
        `**${t.title}**`,
        '',
        `| ${t.head.join(' | ')} |`,
        `| ${t.head.map(() => '---').join(' | ')} |`,
        ...t.rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

export function writeJson(result: BenchResult, machine: Machine, mode: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(RESULTS_DIR, `${result.name}-${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        name: result.name,
        mode,
        machine,
        at: new Date().toISOString(),
        tables: result.tables,
        figures: result.figures,
      },
      bigintSafe,
      2,
    ),
  );
  return file;
}

function bigintSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  sqlite: string;
  load: string;
  commit: string;
}

export function machine(sqliteVersion: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: BENCH_DIR, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    /* not a checkout */
  }
  return {
    cpu,
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    sqlite: sqliteVersion,
    load: currentLoad(),
    commit,
  };
}

export function currentLoad(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

/** Formatting helpers for the tables. */
export const fmt = {
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
  ms: (n: number) => n.toFixed(2),
  ratio: (n: number) => `${(n * 100).toFixed(0)}%`,
  mib: (bytes: number) => (bytes / 2 ** 20).toFixed(0),
  /** The p50, p95 and p99 columns of a latency measurement, in ms. */
  percentiles: (l: { p50: number; p95: number; p99: number }) => [l.p50, l.p95, l.p99].map((n) => n.toFixed(2)),
};

export function sizeLabel(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}
