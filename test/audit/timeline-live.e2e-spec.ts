import { createClient, Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { ESTABLISH } from '../support/forum-fixtures';
import { DRAFT, draft2025 } from '../support/plan-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const LIVE =
  'subscription($filter: TimelineFilterInput) { timelineAppended(filter: $filter) { position stream module type kind actor { role } summary } }';

/** The timeline pushed over graphql-ws as events are projected, filtered and authorised like the query. */
describe('timelineAppended (graphql-ws)', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  const client = (token: string | null) => {
    const c = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    return c;
  };
  /** Collects `count` pushes, or the first error. */
  const collect = (c: Client, filter: Record<string, unknown> | null, count: number) => {
    const received: any[] = [];
    const done = new Promise<{ received: any[]; error?: unknown }>((resolve) => {
      const stop = c.subscribe(
        { query: LIVE, variables: { filter } },
        {
          next: (value) => {
            if (value.errors) return resolve({ received, error: value.errors });
            received.push(value.data?.timelineAppended);
            if (received.length === count) {
              stop();
              resolve({ received });
            }
          },
          error: (error) => resolve({ received, error }),
          complete: () => resolve({ received }),
        },
      );
    });
    return done;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0);
    url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('pushes new entries to an auditor, filtered by module, after they are projected', async () => {
    const forums = collect(client(t.tokens.AUDITOR), { module: 'forums' }, 2);
    const all = collect(client(t.tokens.STEERING_GROUP), null, 3);
    await new Promise((r) => setTimeout(r, 300)); // let both subscriptions register
    const drafted = await t.gql('STEERING_GROUP', DRAFT, { input: { ...draft2025, year: 2031 } });
    expect(drafted.errors).toBeUndefined();
    for (const [forumId, name] of [
      ['norr', 'Forum Norr'],
      ['syd', 'Forum Syd'],
    ]) {
      await t.gql('STEERING_GROUP', ESTABLISH, {
        input: { forumId, name, region: 'Skåne', establishedOn: '2024-09-01' },
      });
    }
    const got = await forums;
    expect(got.error).toBeUndefined();
    expect(got.received.map((e) => [e.stream, e.module, e.type])).toEqual([
      ['forum-norr', 'forums', 'ForumEstablished'],
      ['forum-syd', 'forums', 'ForumEstablished'],
    ]);
    const timeline = await t.gql(
      'AUDITOR',
      '{ timeline(first: 10, filter: { module: "forums" }) { edges { node { position } } } }',
    );
    expect(got.received.map((e) => e.position)).toEqual(timeline.data.timeline.edges.map((e: any) => e.node.position));
    expect((await all).received.map((e) => e.module)).toEqual(['plan', 'forums', 'forums']);
  });

  it('refuses a subscriber without a token (at connection), and a role that may not read the timeline', async () => {
    const anonymous = await collect(client(null), null, 1);
    expect(anonymous.error).toMatchObject({ code: 4401, reason: expect.stringMatching(/^Unauthenticated/) });
    const dashboard = await collect(client(t.tokens.DASHBOARD), null, 1);
    expect(JSON.stringify(dashboard.error)).toContain('FORBIDDEN');
  });
});
