import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { encodeCursor } from '@samverkan/core';
import { runWorker } from './lib/child';
import { startServer } from './lib/server';
import { dataset } from './lib/dataset';
import { flow } from './lib/domain-flows';
import { BenchResult, fmt, sizeLabel } from './lib/report';

const ENTRY = `edges { node { position eventId stream module type kind occurredAt summary reason actor { id name organisation role } data corrects { eventId } correctedBy { eventId } } } pageInfo { hasNextPage endCursor }`;

interface QueryCase {
  name: string;
  query: string;
  /** 10 unless said: one connection shows a request's own latency, without queueing. */
  connections?: number;
}

function cases(flows: number, events: number): QueryCase[] {
  const middle = Math.floor(flows / 2);
  const stream = flow(middle, flows)[0].stream;
  const after = encodeCursor(Math.floor(events / 2));
  return [
    { name: 'timeline(first: 50)', query: `{ timeline(first: 50) { ${ENTRY} } }` },
    { name: 'timeline(first: 50), 1 connection', query: `{ timeline(first: 50) { ${ENTRY} } }`, connections: 1 },
    { name: 'timeline, page in the middle (after)', query: `{ timeline(first: 50, after: "${after}") { ${ENTRY} } }` },
    {
      name: 'timeline, filter module + kind',
      query: `{ timeline(first: 50, filter: { module: "tips", kind: decision }) { ${ENTRY} } }`,
    },
    {
      name: 'timeline, filter actor',
      query: `{ timeline(first: 50, filter: { actorId: "bench-collaboration_officer-3" }) { ${ENTRY} } }`,
    },
    {
      name: 'timeline, filter one year',
      query: `{ timeline(first: 50, filter: { occurredFrom: "2013-01-01T00:00:00Z", occurredTo: "2013-12-31T23:59:59Z" }) { ${ENTRY} } }`,
    },
    { name: 'entityHistory(stream)', query: `{ entityHistory(stream: "${stream}", first: 50) { ${ENTRY} } }` },
    {
      name: 'tipFunnel(2013, REGION)',
      query: `{ tipFunnel(year: 2013, groupBy: REGION) { total { impulses { display } tips { display } directActions { display } noActions { display } } groups { key figures { impulses { display } tips { display } } } } }`,
    },
    // The other dashboards. The histories hold tip flows only, so these answer from empty read
    // models or few rows: what they show is whether their cost grows with a history they do not read.
    {
      name: 'forumCadence(2013)',
      query: `{ forumCadence(year: 2013) { year suppressed forums { forumId forumName } } }`,
    },
    {
      name: 'dialogueCoverage(2013)',
      query: `{ dialogueCoverage(year: 2013) { area employersSelected { display } meetingsHeld { display } outcomesFollowedUp { display } } }`,
    },
    {
      name: 'obligationCounts',
      query: `{ obligationCounts { today totalOpen { display } cells { module owner open { display } overdue { display } } } }`,
    },
    {
      name: 'planVersusActual(2013)',
      query: `{ planVersusActual(year: 2013) { year today tally { met missed atRisk onTrack } } }`,
    },
    {
      name: 'esfReport(2013)',
      query: `{ esfReport(from: "2013-01-01", to: "2013-12-31") { position activities { activityId deliverable } decisions { eventId } participants { total } } }`,
    },
    {
      name: 'participantMonths(2024-05..2025-04)',
      query: `{ participantMonths(from: "2024-05", to: "2025-04") { month status activities participants { total } } }`,
    },
  ];
}

interface Measured {
  size: string;
  query: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** autocannon against the real server (its own process) on each history, 10 connections. */
export async function queriesBench(sizes: number[], quick: boolean): Promise<BenchResult> {
  const measured: Measured[] = [];
  for (const size of sizes) {
    const data = await dataset(size);
    if (!existsSync(join(data.dir, 'rebuilt.json'))) await runWorker('bench/lib/rebuild', [data.dir]);
    const server = await startServer(data.dir);
    try {
      const token = (JSON.parse(readFileSync(join(data.dir, 'dev-tokens.json'), 'utf8')) as Record<string, string>)
        .AUDITOR;
      for (const c of cases(data.flows, data.events)) {
        await check(server.url, token, c);
        measured.push({ size: sizeLabel(size), query: c.name, ...(await load(server.url, token, c, quick ? 2 : 10)) });
      }
    } finally {
      await server.stop();
    }
  }
  const names = [...new Set(measured.map((m) => m.query))];
  const sizeLabels = sizes.map(sizeLabel);
  return {
    name: 'queries',
    figures: { measured },
    tables: [
      {
        title: 'Queries under load (autocannon, 10 connections unless said; latency in ms)',
        head: ['query', 'history', 'req/s', 'p50', 'p95', 'p99', 'errors'],
        rows: measured.map((m) => [
          m.query,
          m.size,
          fmt.int(m.rps),
          fmt.ms(m.p50),
          fmt.ms(m.p95),
          fmt.ms(m.p99),
          m.errors,
        ]),
      },
      {
        title: 'Cost growth: p95 ms by history size',
        head: ['query', ...sizeLabels],
        rows: names.map((n) => [
          n,
          ...sizeLabels.map((s) => fmt.ms(measured.find((m) => m.query === n && m.size === s)?.p95 ?? NaN)),
        ]),
      },
    ],
  };
}

async function check(url: string, token: string, c: QueryCase): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ query: c.query }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (!response.ok || body.errors) throw new Error(`${c.name} failed: ${JSON.stringify(body).slice(0, 500)}`);
}

const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

async function load(
  url: string,
  token: string,
  c: QueryCase,
  seconds: number,
): Promise<Omit<Measured, 'size' | 'query'>> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      method: 'POST' as const,
      headers: headers(token),
      body: JSON.stringify({ query: c.query }),
      connections: c.connections ?? 10,
      duration: seconds,
    };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    errors: result.errors + result.non2xx,
  };
}
