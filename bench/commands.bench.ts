import 'reflect-metadata';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandPipeline, DEFAULT_REGIONS, EVENT_STORE, SentRequest, validateEnvironment } from '@samverkan/core';
import { DEMO_EMPLOYERS } from '@samverkan/demo';
import { impulseEndpoint, ImpulseRequest, TipBundling, TipRequest } from '@samverkan/tips';
import { WorkspaceModule } from '../apps/api/src/workspace.module';
import { startServer } from './lib/server';
import { runWorker } from './lib/child';
import { dataset } from './lib/dataset';
import { flow } from './lib/domain-flows';
import { BENCH_DIR, BenchResult, fmt } from './lib/report';
import { slowDiskStore } from './lib/slow-disk';

/** What a durable commit costs on the slow disk: about ten times this machine's. */
const SLOW_COMMIT_MS = 3;

/**
 * The command path (endpoint → decide → append → projected) in process, on this disk and on one
 * whose commits are slowed to ~3 ms; and over HTTP, ten writers and ten timeline readers together
 * against each alone.
 */
export async function commandsBench(quick: boolean): Promise<BenchResult> {
  const path: PathFigures[] = [];
  for (const storage of ['disk', 'slow disk'] as const)
    for (const concurrency of [1, 10]) path.push(await commandPath(storage, concurrency, quick));
  const mixed = await mixedLoad(quick);
  const rate = (storage: string, concurrency: number) =>
    path.find((p) => p.storage === storage && p.concurrency === concurrency)?.commandsPerSecond ?? NaN;
  return {
    name: 'commands',
    figures: { path, mixed },
    tables: [
      {
        title: `Command path (endpoint → decide → append → projected), in process; slow disk: +${SLOW_COMMIT_MS} ms a durable commit`,
        head: [
          'storage',
          'in flight',
          'commands',
          'events',
          'commands/s',
          'events/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          '× one in flight',
        ],
        rows: path.map((p) => [
          p.storage,
          p.concurrency,
          p.commands,
          p.events,
          fmt.int(p.commandsPerSecond),
          fmt.int(p.eventsPerSecond),
          ...fmt.percentiles(p),
          `${(p.commandsPerSecond / rate(p.storage, 1)).toFixed(1)}×`,
        ]),
      },
      {
        title: 'Mixed load over HTTP (10k history): 10 writers (reportImpulse) and 10 readers (timeline(first: 50))',
        head: ['side', 'phase', 'requests/s', 'p50 ms', 'p95 ms', 'errors', 'rate / alone', 'p95 / alone'],
        rows: mixed.map((m) => {
          const alone = mixed.find((a) => a.side === m.side && a.phase === 'alone') as MixedFigures;
          return [
            m.side,
            m.phase,
            fmt.int(m.rps),
            fmt.ms(m.p50),
            fmt.ms(m.p95),
            m.errors,
            fmt.ratio(m.rps / alone.rps),
            `${(m.p95 / alone.p95).toFixed(2)}×`,
          ];
        }),
      },
    ],
  };
}

interface PathFigures {
  storage: 'disk' | 'slow disk';
  concurrency: number;
  commands: number;
  events: number;
  commandsPerSecond: number;
  eventsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Tip-routine flows through the endpoints of the real workspace, read-your-writes included. */
async function commandPath(storage: PathFigures['storage'], concurrency: number, quick: boolean): Promise<PathFigures> {
  mkdirSync(join(BENCH_DIR, '.data'), { recursive: true });
  const dir = mkdtempSync(join(BENCH_DIR, '.data', 'path-'));
  const env = validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
  const testing = Test.createTestingModule({ imports: [WorkspaceModule.register(env)] });
  if (storage === 'slow disk')
    testing.overrideProvider(EVENT_STORE).useFactory({
      factory: () => slowDiskStore(join(dir, 'events.sqlite'), SLOW_COMMIT_MS),
    });
  const app = await testing.compile();
  app.useLogger(['error', 'warn']);
  await app.init();
  const flows = quick ? 100 : 250;
  const latencies: number[] = [];
  let commands = 0;
  let events = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < flows; i = next++) {
      for (const send of flowRequests(app, i, flows)) {
        const started = process.hrtime.bigint();
        const result = await send();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        commands++;
        events += result.events.length;
      }
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  const pct = percentiles(latencies);
  return {
    storage,
    concurrency,
    commands,
    events,
    commandsPerSecond: commands / seconds,
    eventsPerSecond: events / seconds,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
  };
}

/** A flow's requests as the GraphQL resolvers send them (the bundling makes JoinTip + CompileTip one request). */
function flowRequests(app: INestApplicationContext, i: number, total: number): (() => Promise<SentRequest>)[] {
  const pipeline = app.get(CommandPipeline);
  const bundling = app.get(TipBundling);
  return flow(i, total)
    .filter((step) => step.command.type !== 'JoinTip')
    .map((step) => {
      // The endpoints stamp the moment and mint the ids (from the same command ids) themselves.
      const { metadata: _, ...request } = step.command;
      const sender = { actor: step.context.actor, correlationId: step.context.correlationId, forums: [] };
      const options = { commandId: step.context.commandId };
      if (step.stream.startsWith('impulse-'))
        return () => pipeline.send(impulseEndpoint, request as ImpulseRequest, sender, options);
      return () => bundling.send(request as TipRequest, sender, options);
    });
}

interface MixedFigures {
  side: 'writers' | 'readers';
  phase: 'alone' | 'together';
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
}

const TIMELINE = `{ timeline(first: 50) { edges { node { position eventId stream module type kind occurredAt summary reason actor { id name organisation role } data corrects { eventId } correctedBy { eventId } } } pageInfo { hasNextPage endCursor } } }`;
const REPORT = `mutation Report($input: ReportImpulseInput!) { reportImpulse(input: $input) { commandId position } }`;

/**
 * The API server on a copy of the 10k history: ten writers alone, ten readers alone, then both at
 * once, each side a closed loop of requests (a new one as soon as the last answered).
 */
async function mixedLoad(quick: boolean): Promise<MixedFigures[]> {
  const data = await dataset(10_000);
  if (!existsSync(join(data.dir, 'rebuilt.json'))) await runWorker('bench/lib/rebuild', [data.dir]);
  // A copy: the writers must not change the history other benchmarks reuse.
  const dir = mkdtempSync(join(BENCH_DIR, '.data', 'mixed-'));
  cpSync(data.dir, dir, { recursive: true });
  const server = await startServer(dir);
  const seconds = quick ? 3 : 10;
  try {
    const tokens = JSON.parse(readFileSync(join(dir, 'dev-tokens.json'), 'utf8')) as Record<string, string>;
    let n = 0;
    const write = () => {
      const employer = DEMO_EMPLOYERS[n % DEMO_EMPLOYERS.length];
      const input = {
        employer: { organisationNumber: employer.organisationNumber, name: employer.name },
        region: DEFAULT_REGIONS[n++ % DEFAULT_REGIONS.length],
        industry: employer.industry,
        deficiency: 'NO_WORK_ADAPTATION',
        description: 'Arbetsgivaren saknar rutiner för arbetsanpassning.',
      };
      return post(server.url, tokens.FK_CASEWORKER, { query: REPORT, variables: { input } });
    };
    const read = () => post(server.url, tokens.AUDITOR, { query: TIMELINE });
    for (const check of [write, read]) if (!(await check())) throw new Error('a mixed-load request failed');
    const writersAlone = await closedLoops(write, 10, seconds);
    const readersAlone = await closedLoops(read, 10, seconds);
    const [writersTogether, readersTogether] = await Promise.all([
      closedLoops(write, 10, seconds),
      closedLoops(read, 10, seconds),
    ]);
    return [
      { side: 'writers', phase: 'alone', ...writersAlone },
      { side: 'writers', phase: 'together', ...writersTogether },
      { side: 'readers', phase: 'alone', ...readersAlone },
      { side: 'readers', phase: 'together', ...readersTogether },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when the request answered 200 without GraphQL errors. */
async function post(url: string, token: string, body: object): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: unknown[] };
  return response.ok && !answer.errors;
}

/** `loops` callers, each sending its next request when the last answered, for `seconds`. */
async function closedLoops(
  send: () => Promise<boolean>,
  loops: number,
  seconds: number,
): Promise<Omit<MixedFigures, 'side' | 'phase'>> {
  const latencies: number[] = [];
  let errors = 0;
  const until = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const loop = async () => {
    while (process.hrtime.bigint() < until) {
      const started = process.hrtime.bigint();
      const ok = await send().catch(() => false);
      if (ok) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: loops }, loop));
  const pct = percentiles(latencies);
  return { requests: latencies.length, rps: latencies.length / seconds, p50: pct(0.5), p95: pct(0.95), errors };
}

function percentiles(values: number[]): (p: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  return (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
