import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { exitOf, startedServer } from '../support/server-process';
import { readDevTokens } from '../support/test-app';

const times = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join(' ');
const NODE =
  'position eventId stream module type summary occurredAt recordedAt revision kind reason commandId causationId correlationId data actor { id name organisation role } corrects { eventId } correctedBy { eventId }';

/**
 * The most expensive documents we could build within the default limits (GRAPHQL_MAX_* in
 * docs/SECURITY.md): each either runs or is refused, and none may hold the server for long.
 */
const HOSTILE: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  // Every alias allowed, each a page of the timeline with every field, just under the cost limit.
  aliases: {
    query: `{ ${times(30, (i) => `a${i}: timeline(first: 21) { edges { cursor node { ${NODE} } } pageInfo { hasNextPage endCursor } }`)} }`,
  },
  // Fragments spreading each other twice over, as deep as the node limit allows, with directives.
  deepFragments: {
    query: `query($yes: Boolean!) { ...F0 @include(if: $yes) } ${times(7, (i) => `fragment F${i} on Query { ...F${i + 1} @include(if: $yes) ...F${i + 1} @skip(if: false) t${i}: timeline(first: 2) { edges { node { position type actor { role } } } } }`)} fragment F7 on Query { regions }`,
    variables: { yes: true },
  },
  // The same field in every fragment, so that graphql-js compares each pair of them.
  overlapping: {
    query: `{ ${times(20, (i) => `...O${i}`)} } ${times(20, (i) => `fragment O${i} on Query { timeline(first: 3) { edges { node { ${NODE} } } } timeline(first: 3) { edges { node { position type } } } timeline(first: 3) { edges { cursor } } }`)}`,
  },
  // Every directive allowed, on spreads of one wide fragment.
  directives: {
    query: `query($no: Boolean!) { ${times(30, () => '...W @skip(if: $no)')} } fragment W on Query { timeline(first: 20) { edges { node { ${NODE} } } } }`,
    variables: { no: false },
  },
  // Long pages with every field, in a few aliases.
  pages: { query: `{ ${times(10, (i) => `p${i}: timeline(first: 50) { edges { node { ${NODE} } } }`)} }` },
};

/**
 * A spawned server under a stream of the most expensive operations a valid token can send, over
 * HTTP and the websocket at once, still answers /health about as soon as the documents in flight are
 * done: no operation holds its one event loop for long (issue 18: a query that costs seconds of CPU is
 * a bug), and none waits behind a queue of them.
 */
describe('Hostile load', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'samverkan-load-')), 'data');
  let server: { child: ChildProcess; port: string };
  let token: string;
  const base = () => `http://localhost:${server.port}`;
  const post = async (body: object) => {
    const res = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    };
  };

  beforeAll(async () => {
    server = await startedServer({ DATA_DIR: dataDir, NODE_ENV: 'development' }, 50_000);
    const tokens = readDevTokens(dataDir);
    token = tokens.AUDITOR;
    // Something to read: forums and their timeline entries.
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${base()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.STEERING_GROUP}` },
        body: JSON.stringify({
          query: 'mutation($i: EstablishForumInput!) { establishForum(input: $i) { revision } }',
          variables: { i: { forumId: `f${i}`, name: `Forum ${i}`, region: 'Skåne', establishedOn: '2024-09-01' } },
        }),
      });
      expect(res.status).toBe(200);
    }
  }, 90_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await exitOf(server.child);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it.each(Object.keys(HOSTILE))(
    'answers the %s document within the limits (it runs, or is refused with a typed error)',
    async (name) => {
      const res = await post(HOSTILE[name]);
      expect(res.status).toBeLessThan(500);
      for (const error of res.body.errors ?? [])
        expect(['QUERY_TOO_COSTLY', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
    },
  );

  it('runs the heaviest documents the limits allow, rather than refusing them all', async () => {
    const ran = [];
    for (const [name, operation] of Object.entries(HOSTILE)) if (!(await post(operation)).body.errors) ran.push(name);
    expect(ran).toEqual(expect.arrayContaining(['aliases', 'deepFragments', 'overlapping', 'directives', 'pages']));
  });

  it('answers /health while they arrive over HTTP and the websocket, waiting at most behind the documents in flight', async () => {
    const operations = Object.values(HOSTILE);
    // The limit measured in the same run: the slowest hostile document alone (each sent twice, the
    // slower kept, as the attack below meets the machine's noise too). One document is in flight per
    // channel, so a probe may wait behind two of them and its own turn, never behind a queue.
    let slowest = 0;
    for (const operation of [...operations, ...operations]) {
      const started = performance.now();
      await post(operation);
      slowest = Math.max(slowest, performance.now() - started);
    }
    const inFlight = 2;
    const until = Date.now() + 4000;
    const clients: Client[] = [];
    const overHttp = async () => {
      for (let i = 0; Date.now() < until; i++) await post(operations[i % operations.length]);
    };
    const overSocket = async () => {
      const client = createClient({
        url: `ws://localhost:${server.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      clients.push(client);
      for (let i = 0; Date.now() < until; i++) {
        await new Promise<void>((done) =>
          client.subscribe(operations[(i + 3) % operations.length], {
            next: () => undefined,
            error: () => done(),
            complete: () => done(),
          }),
        );
      }
    };
    const latencies: number[] = [];
    const health = async () => {
      await new Promise((r) => setTimeout(r, 200)); // let the attack start
      while (Date.now() < until) {
        const started = performance.now();
        const res = await fetch(`${base()}/health`);
        latencies.push(performance.now() - started);
        expect(res.status).toBe(200);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await Promise.all([overHttp(), overSocket(), health()]);
    await Promise.all(clients.map((c) => c.dispose()));
    expect(latencies.length).toBeGreaterThan(10);
    // On a shared two-core machine the OS alone delays a probe now and then, whatever the server
    // does; 95 in 100 probes within the budget and none near five times it keep the test about the server.
    latencies.sort((a, b) => a - b);
    // 200 ms is what a person notices; on a fast machine the documents alone would set a budget below it.
    const budget = Math.max(200, (inFlight + 1) * slowest);
    expect(latencies[Math.floor(latencies.length * 0.95)]).toBeLessThan(budget);
    expect(latencies.at(-1)).toBeLessThan(5 * budget);
  }, 30_000);
});
