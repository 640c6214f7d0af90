import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { encodeCursor } from '@samverkan/core';
import { runWorker } from './lib/child';
import { ApiServer, startServer } from './lib/server';
import { FLOOR_KINDS, FloorKind, startFloor } from './lib/http-floor';
import { Dataset, dataset } from './lib/dataset';
import { flow, flowsFor, isTipFlow } from './lib/domain-flows';
import { campaignCovering } from './lib/supervision-flows';
import type { InProcessFigures } from './lib/in-process-queries';
import type { Phase } from './lib/profile-window';
import { BenchResult, fmt, sizeLabel } from './lib/report';

const ENTRY = `edges { node { position eventId stream module type kind occurredAt summary reason actor { id name organisation role } data corrects { eventId } correctedBy { eventId } } } pageInfo { hasNextPage endCursor }`;

interface QueryCase {
  name: string;
  query: string;
  /** Timed by one request at one connection, not loaded: a walk of the whole trail would outlast autocannon's window. */
  once?: boolean;
}

/** Each case runs at one connection (a request's own latency, without queueing), then at ten. */
const CONNECTIONS = [1, 10];
const named = (c: QueryCase, connections: number) => (connections === 1 ? `${c.name}, 1 connection` : c.name);

export function cases({
  size,
  flows,
  events,
  sealId,
}: Pick<Dataset, 'size' | 'flows' | 'events' | 'sealId'>): QueryCase[] {
  // In 2013: a tip flow (the ESF work starts in May 2024; supervision flows are passed over).
  const total = flowsFor(size);
  let middle = Math.floor(flows / 2);
  while (!isTipFlow(middle, total)) middle++;
  const stream = flow(middle, total)[0].stream;
  // The joint supervision campaign running in mid-2013: a bounded number of inspections at every size.
  const { campaignId } = campaignCovering('2013-06-01', total);
  const after = encodeCursor(Math.floor(events / 2));
  return [
    { name: 'timeline(first: 50)', query: `{ timeline(first: 50) { ${ENTRY} } }` },
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
    // The other dashboards. Forum cadence, dialogue, obligations and the plan answer for 2013, a year
    // of tip flows and joint supervision only: what they show is whether their cost grows with a
    // history they do not read. The inspections dashboard reads one campaign, of 29 inspections at
    // every size (supervision-flows.ts): its cost should not grow with the history either.
    // The ESF queries ask for 2024 and Momentum's months, which every history fills with the same
    // project's forum, knowledge group and activity work (esf-flows.ts), sealed and amended after
    // the seal (sealed-year.ts): their cost should not grow with the tips and supervision around it.
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
      name: 'inspectionsDashboard(campaign of 2013)',
      query: `{ inspectionsDashboard(campaignId: "${campaignId}") { campaignId total workplaceInspections withSystemDeficiencies shareWithSystemDeficiencies requirementsIssued withFkParticipation byLevel { key count { value display suppressed } } bySector { key count { value display suppressed } } byRegion { key count { value display suppressed } } byStatus { key count { value display suppressed } } principalFollowUps { eligiblePrincipals inspected awaiting } } }`,
    },
    {
      name: 'esfReport(2024)',
      query: `{ esfReport(from: "2024-01-01", to: "2024-12-31") { position activities { activityId deliverable } decisions { eventId } participants { total } } }`,
    },
    {
      name: 'participantMonths(2024-05..2025-04)',
      query: `{ participantMonths(from: "2024-05", to: "2025-04") { month status because activities participants { total } report { eventId reports } } }`,
    },
    {
      name: 'participantMonth(2024-09)',
      query: `{ participantMonth(month: "2024-09") { month status activities position lines { line activityId organisation total sources } } }`,
    },
    {
      name: 'esfReportAmendments(seal of 2024)',
      query: `{ esfReportAmendments(sealId: "${sealId}") { position amendments { section change id date fields { field before after } causes { eventId lateEntry corrects } } recordedAfterSeal { eventId occurredOn recordedAt lateEntry } } }`,
    },
    // What the audit desk asks apart: whether the seal holds recomputes the sealed period's report
    // and walks every event before the seal (like a digest), so it grows with the history by design.
    {
      name: 'seal check (holds, walks the trail up to the seal)',
      query: `{ esfReportAmendments(sealId: "${sealId}") { holds contentHolds rootHolds } }`,
      once: true,
    },
  ];
}

interface Measured {
  size: string;
  query: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** The server process's CPU time (user + system) per request: what a request costs whatever the load. */
  cpuMsPerRequest: number;
  errors: number;
  /** The answer's size: a query listing what a history holds answers more as the history grows. */
  bytes: number;
}

/** The same answer from the floor server (http-floor.ts), by the same client. */
type Floor = Omit<Measured, 'bytes'>;

/** One history's server and what it serves: its cases (their ids are the history's), token and answers. */
interface Served {
  size: number;
  data: Dataset;
  cases: QueryCase[];
  server: ApiServer;
  token: string;
  answers: Map<string, string>;
}

/**
 * autocannon against the real server (its own process) on each history, at one and at ten
 * connections; then the floor and the limit: the same operations executed in-process by graphql-js.
 * The API is loaded on every history's server at once, interleaved: each case's phase at one
 * connection runs on each history in turn, then its phase at ten, the order of the histories
 * turning from case to case. A machine's pace drifts over minutes (the same phase gave a p95 of
 * 1.2 and of 2.7 ms an hour apart); a case's phases at 10k and at 1M are now seconds apart instead
 * of half an hour, so the growth table compares like with like. The idle servers beside the
 * loaded one poll the store a few times a second (under 1 % of a core each).
 */
export async function queriesBench(sizes: number[], quick: boolean): Promise<BenchResult> {
  const measured: Measured[] = [];
  const floors: Record<FloorKind, Floor[]> = { 'http-floor': [], 'stack-floor': [], 'apollo-floor': [] };
  const limits: (InProcessFigures & { size: string })[] = [];
  const seconds = quick ? 2 : 10;
  const served: Served[] = [];
  const phases: Phase[] = [];
  try {
    for (const size of sizes) {
      const data = await dataset(size);
      if (!existsSync(join(data.dir, 'rebuilt.json'))) await runWorker('bench/lib/rebuild', [data.dir]);
      // BENCH_CASE=<text>: only the cases whose name contains it (to profile one query).
      const only = cases(data).filter((c) => c.name.includes(process.env.BENCH_CASE ?? ''));
      // The server writes the dev tokens as it starts (a history just generated has none yet).
      const server = await startServer(data.dir);
      const token = (JSON.parse(readFileSync(join(data.dir, 'dev-tokens.json'), 'utf8')) as Record<string, string>)
        .AUDITOR;
      served.push({ size, data, cases: only, server, token, answers: new Map() });
    }
    const caseNames = served[0].cases.map((c) => c.name);
    for (const [n, name] of caseNames.entries()) {
      const turn = served.map((_, k) => served[(k + n) % served.length]);
      const caseOf = (h: Served) => h.cases.find((c) => c.name === name)!;
      for (const h of turn) h.answers.set(caseOf(h).query, await check(h.server.url, h.token, caseOf(h)));
      const bytesOf = (h: Served) => Buffer.byteLength(h.answers.get(caseOf(h).query)!);
      if (caseOf(served[0]).once) {
        for (const h of turn) {
          const cpuBefore = h.server.cpuMs();
          const started = performance.now();
          await check(h.server.url, h.token, caseOf(h));
          const ms = performance.now() - started;
          const cpuMsPerRequest = h.server.cpuMs() - cpuBefore;
          const one = { requests: 1, rps: 1000 / ms, p50: ms, p95: ms, p99: ms, errors: 0, cpuMsPerRequest };
          measured.push({
            size: sizeLabel(h.size),
            query: named(caseOf(h), 1),
            connections: 1,
            ...one,
            bytes: bytesOf(h),
          });
        }
        continue;
      }
      // Unrecorded: V8 optimises the path before the first figure is taken.
      for (const h of turn) await load(h.server.url, h.token, caseOf(h), 10, 1);
      for (const connections of CONNECTIONS) {
        for (const h of turn) {
          // autocannon stops at its time, not the server: a slow query's requests still in hand
          // would delay this phase's first answers (the seal's amendments answered none in 2 s).
          await check(h.server.url, h.token, caseOf(h));
          const cpuBefore = h.server.cpuMs();
          const from = monotonicMicros();
          const figures = await load(h.server.url, h.token, caseOf(h), connections, seconds);
          phases.push({ size: h.size, pid: h.server.pid, query: name, connections, from, to: monotonicMicros() });
          const cpuMsPerRequest = (h.server.cpuMs() - cpuBefore) / figures.requests;
          measured.push({
            size: sizeLabel(h.size),
            query: named(caseOf(h), connections),
            connections,
            ...figures,
            cpuMsPerRequest,
            bytes: bytesOf(h),
          });
        }
      }
    }
  } finally {
    for (const h of served) await h.server.stop();
    // With the servers' CPU profiles: which stretch of a profile was which phase (profile-window.ts).
    const profiles = process.env.BENCH_CPU_PROF;
    if (profiles) writeFileSync(join(profiles, `phases-${Date.now()}.json`), JSON.stringify(phases));
  }
  for (const { size, data, cases: all, token, answers } of served) {
    // The floors: shorter phases, as their figures barely move; the loaded cases only.
    for (const kind of FLOOR_KINDS) {
      const floor = await startFloor(data.dir, answers, kind);
      try {
        for (const c of all.filter((c) => !c.once)) {
          // The stack's floors answer with the API's data through the same schema and executor:
          // the same bytes, or its figures are not the same answer's.
          if (kind !== 'http-floor' && (await check(floor.url, token, c)) !== answers.get(c.query))
            throw new Error(`the ${kind} answered ${c.name} otherwise than the API`);
          await load(floor.url, token, c, 10, 1);
          for (const connections of CONNECTIONS) {
            const cpuBefore = floor.cpuMs();
            const figures = await load(floor.url, token, c, connections, Math.min(seconds, 3));
            const cpuMsPerRequest = (floor.cpuMs() - cpuBefore) / figures.requests;
            floors[kind].push({
              size: sizeLabel(size),
              query: named(c, connections),
              connections,
              ...figures,
              cpuMsPerRequest,
            });
          }
        }
      } finally {
        await floor.stop();
      }
    }
    // After every server stopped: the loop gets a core to itself, as the server had.
    const casesFile = join(data.dir, 'in-process-cases.json');
    writeFileSync(casesFile, JSON.stringify(all.filter((c) => !c.once)));
    const inProcess = await runWorker<InProcessFigures[]>('bench/lib/in-process-queries', [
      data.dir,
      String(seconds),
      casesFile,
    ]);
    limits.push(...inProcess.map((f) => ({ ...f, size: sizeLabel(size) })));
  }
  const at = <M extends Floor>(list: M[], size: string, name: string, connections: number) =>
    list.find((m) => m.size === size && m.query === named({ name, query: '' }, connections));
  const http = (size: string, name: string, connections: number) => at(measured, size, name, connections);
  const onFloor = (kind: FloorKind) => (size: string, name: string, connections: number) =>
    at(floors[kind], size, name, connections);
  const bare = onFloor('http-floor');
  const stack = onFloor('stack-floor');
  const apolloAlone = onFloor('apollo-floor');
  const reachable = (yes: boolean | undefined) => (yes === undefined ? '' : yes ? 'yes' : '**no**');
  const names = [...new Set(measured.map((m) => m.query))];
  const sizeLabels = sizes.map(sizeLabel);
  return {
    name: 'queries',
    figures: {
      measured,
      floors: floors['http-floor'],
      stackFloors: floors['stack-floor'],
      apolloFloors: floors['apollo-floor'],
      inProcess: limits,
    },
    tables: [
      {
        title:
          'HTTP against the limit: the same operation run by graphql-js `execute` in-process on the same schema and data (one loop, one core); targets: p50 at one connection ≤ 2× in-process, req/s at ten ≥ 50 % of the in-process rate',
        head: [
          'query',
          'history',
          'in-process ops/s',
          'in-process p50',
          'HTTP p50, 1 connection',
          'p50 / in-process',
          'HTTP req/s, 10 connections',
          'req/s / in-process rate',
          'CPU ms per op, in-process',
          'server CPU ms per request, 10 connections',
          'CPU / in-process',
        ],
        rows: limits.map((l) => {
          const one = http(l.size, l.name, 1);
          const ten = http(l.size, l.name, 10);
          return [
            l.name,
            l.size,
            fmt.int(l.rate),
            fmt.ms(l.p50),
            fmt.ms(one?.p50 ?? NaN),
            one ? `${(one.p50 / l.p50).toFixed(2)}×` : '',
            fmt.int(ten?.rps ?? NaN),
            ten ? `${Math.round((100 * ten.rps) / l.rate)}%` : '',
            fmt.ms(l.cpuMsPerOp),
            fmt.ms(ten?.cpuMsPerRequest ?? NaN),
            ten ? `${(ten.cpuMsPerRequest / l.cpuMsPerOp).toFixed(2)}×` : '',
          ];
        }),
      },
      {
        title:
          'The floor of point 5: a bare node:http server (read the body, JSON.parse, answer the same bytes; bench/lib/http-floor.ts) by the same client. Where its p50 exceeds 2× in-process, or its req/s at ten fall below 50 % of the in-process rate, no server on this machine meets that target',
        head: [
          'query',
          'history',
          '2× in-process p50',
          'floor p50, 1 connection',
          'API p50, 1 connection',
          'p50 target reachable',
          '50 % of in-process rate',
          'floor req/s, 10 connections',
          'API req/s, 10 connections',
          'rate target reachable',
          'floor CPU ms per request',
        ],
        rows: limits.map((l) => {
          const one = bare(l.size, l.name, 1);
          const ten = bare(l.size, l.name, 10);
          return [
            l.name,
            l.size,
            fmt.ms(2 * l.p50),
            fmt.ms(one?.p50 ?? NaN),
            fmt.ms(http(l.size, l.name, 1)?.p50 ?? NaN),
            reachable(one && one.p50 <= 2 * l.p50),
            fmt.int(l.rate / 2),
            fmt.int(ten?.rps ?? NaN),
            fmt.int(http(l.size, l.name, 10)?.rps ?? NaN),
            reachable(ten && ten.rps >= l.rate / 2),
            fmt.ms(ten?.cpuMsPerRequest ?? NaN),
          ];
        }),
      },
      {
        title:
          "The floor of the stack: Apollo Server 5 with the API's schema and executor, each root field answering the API's data (bench/lib/stack-floor.ts: no Nest, token, limits, logging or resolver work), on Express 5 with its JSON parser as the API runs it, and alone behind a bare node:http handler. Where Apollo alone misses a target, so does any server that runs Apollo (a lower bound: its resolvers do no work)",
        head: [
          'query',
          'history',
          '2× in-process p50',
          'p50, Express + Apollo',
          'p50, Apollo alone',
          'p50 target reachable with Apollo',
          '50 % of in-process rate',
          'req/s at 10, Express + Apollo',
          'req/s at 10, Apollo alone',
          'CPU ms a request: Express + Apollo / Apollo alone / API',
          'CPU ms an operation, in-process',
          'rate target reachable with Apollo',
        ],
        rows: limits.map((l) => {
          const [one, ten] = [1, 10].map((n) => stack(l.size, l.name, n));
          const [alone, aloneTen] = [1, 10].map((n) => apolloAlone(l.size, l.name, n));
          const api = http(l.size, l.name, 10);
          return [
            l.name,
            l.size,
            fmt.ms(2 * l.p50),
            fmt.ms(one?.p50 ?? NaN),
            fmt.ms(alone?.p50 ?? NaN),
            reachable(alone && alone.p50 <= 2 * l.p50),
            fmt.int(l.rate / 2),
            fmt.int(ten?.rps ?? NaN),
            fmt.int(aloneTen?.rps ?? NaN),
            [ten, aloneTen, api].map((m) => fmt.ms(m?.cpuMsPerRequest ?? NaN)).join(' / '),
            fmt.ms(l.cpuMsPerOp),
            reachable(aloneTen && aloneTen.rps >= l.rate / 2),
          ];
        }),
      },
      {
        title: 'Queries under load (autocannon, 10 connections unless said; latency in ms)',
        head: ['query', 'history', 'req/s', 'p50', 'p95', 'p99', 'errors'],
        rows: measured.map((m) => [m.query, m.size, fmt.int(m.rps), ...fmt.percentiles(m), m.errors]),
      },
      {
        title: 'Cost growth: p95 ms by history size (and the answer in bytes)',
        head: ['query', ...sizeLabels, ...sizeLabels.map((s) => `bytes, ${s}`)],
        rows: names.map((n) => {
          const at = (s: string) => measured.find((m) => m.query === n && m.size === s);
          return [
            n,
            ...sizeLabels.map((s) => fmt.ms(at(s)?.p95 ?? NaN)),
            ...sizeLabels.map((s) => fmt.int(at(s)?.bytes ?? NaN)),
          ];
        }),
      },
    ],
  };
}

/** One request, which must answer without errors; returns the answer. */
async function check(url: string, token: string, c: QueryCase): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ query: c.query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[]; data?: unknown };
  if (!response.ok || body.errors) throw new Error(`${c.name} failed: ${text.slice(0, 500)}`);
  return text;
}

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

async function load(
  url: string,
  token: string,
  c: QueryCase,
  connections: number,
  seconds: number,
): Promise<Omit<Measured, 'size' | 'query' | 'connections' | 'cpuMsPerRequest' | 'bytes'>> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      method: 'POST' as const,
      headers: headers(token),
      body: JSON.stringify({ query: c.query }),
      connections,
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
