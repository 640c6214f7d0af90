import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { MAX_OPERATIONS_PER_SOCKET } from '../../apps/api/src/graphql/ws-server';
import { overWebSocket, wsUrl } from '../support/graphql-transports';
import { useTestApp } from '../support/test-app';

const ESTABLISH = 'mutation($i: EstablishForumInput!) { establishForum(input: $i) { revision } }';
const LIVE = '{ timelineAppended { position } }';

/** A raw graphql-transport-ws socket, acknowledged, for messages a well-behaved client never sends. */
async function acknowledged(
  url: string,
  token: string,
): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve) => socket.on('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await new Promise((resolve) => socket.once('message', resolve));
  return { socket, closed };
}

/** The websocket at /graphql: a valid token before anything else, and the HTTP limits on every message. */
describe('GraphQL over the websocket', () => {
  const t = useTestApp({ env: { MAX_BODY_BYTES: '8192' } });
  let url: string;
  const sign = async (expiresAt: number | string, issuer = 'samverkan-dev') => {
    const secret = new Uint8Array(Buffer.from(readFileSync(join(t.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64'));
    return new SignJWT({ role: 'AUDITOR', org: 'FK' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('auditor-ws')
      .setIssuer(issuer)
      .setAudience('samverkan')
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(secret);
  };

  beforeAll(async () => {
    await t.app.listen(0);
    url = wsUrl(t.app.getHttpServer());
  });

  it('acknowledges a connection with a valid token and answers queries on it', async () => {
    const res = await overWebSocket(url, t.tokens.AUDITOR, { query: '{ regions }' });
    expect(res.errors).toBeUndefined();
    expect(res.data.regions).toContain('Skåne');
  });

  it.each([
    ['no connection params', null, {}],
    ['no token', null, { authorization: '' }],
    ['a token that is not a bearer token', null, { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a forged token', null, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IkFVRElUT1IifQ.' }],
  ])('refuses the connection itself with %s (4401), before any operation', async (_what, token, params) => {
    const res = await overWebSocket(url, token, { query: '{ regions }' }, params);
    expect(res.closed).toEqual({ code: 4401, reason: expect.stringMatching(/^Unauthenticated/) });
    expect(res.data).toBeUndefined();
  });

  it('refuses an expired token and one from another issuer at connection', async () => {
    for (const token of [await sign(Math.floor(Date.now() / 1000) - 120), await sign('1h', 'someone-else')]) {
      const res = await overWebSocket(url, token, { query: '{ regions }' });
      expect(res.closed).toEqual({ code: 4401, reason: 'Unauthenticated: the bearer token is invalid or expired' });
    }
  });

  it('closes a subscription when the token it connected with expires', async () => {
    const token = await sign(Math.floor(Date.now() / 1000) + 2);
    const res = await overWebSocket(url, token, { query: `subscription ${LIVE}` });
    expect(res.closed).toEqual({ code: 4401, reason: 'Unauthenticated: the bearer token expired' });
  }, 10_000);

  it('checks roles on queries and mutations sent over the socket as over HTTP', async () => {
    const input = { forumId: 'ws', name: 'Forum WS', region: 'Skåne', establishedOn: '2024-09-01' };
    const refused = await overWebSocket(url, t.tokens.DASHBOARD, { query: ESTABLISH, variables: { i: input } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const done = await overWebSocket(url, t.tokens.STEERING_GROUP, { query: ESTABLISH, variables: { i: input } });
    expect(done.data).toEqual({ establishForum: { revision: 0 } });
    const invalid = await overWebSocket(url, t.tokens.STEERING_GROUP, {
      query: ESTABLISH,
      variables: { i: { ...input, forumId: 'ws2', region: 'Mars' } },
    });
    expect(invalid.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('holds a bounded number of operations at once on one connection', async () => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${t.tokens.AUDITOR}` },
      retryAttempts: 0,
    });
    const stops: (() => void)[] = [];
    const refusals: unknown[] = [];
    try {
      for (let i = 0; i <= MAX_OPERATIONS_PER_SOCKET; i++) {
        stops.push(
          client.subscribe(
            { query: `subscription ${LIVE}` },
            { next: () => undefined, error: (e) => refusals.push(e), complete: () => undefined },
          ),
        );
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(refusals).toHaveLength(1);
      expect(JSON.stringify(refusals[0])).toContain('TOO_MANY_OPERATIONS');
      stops[0]();
      await new Promise((r) => setTimeout(r, 200));
      const again = await new Promise<unknown>((resolve) =>
        client.subscribe(
          { query: '{ regions }' },
          { next: (v) => resolve(v), error: resolve, complete: () => undefined },
        ),
      );
      expect(again).toMatchObject({ data: { regions: expect.any(Array) } });
    } finally {
      stops.forEach((stop) => stop());
      await client.dispose();
    }
  });

  it('answers a syntax error as GRAPHQL_PARSE_FAILED and keeps the connection', async () => {
    const res = await overWebSocket(url, t.tokens.AUDITOR, { query: '{ regions' });
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.closed).toBeUndefined();
  });

  it('closes the socket on a message larger than a request body may be (1009)', async () => {
    const { socket, closed } = await acknowledged(url, t.tokens.AUDITOR);
    socket.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ regions } # ${'x'.repeat(10_000)}` } }),
    );
    expect((await closed).code).toBe(1009);
  });

  it('takes one operation per message: a batch in one message closes the socket (4400) and runs nothing', async () => {
    const { socket, closed } = await acknowledged(url, t.tokens.STEERING_GROUP);
    const operation = {
      query: ESTABLISH,
      variables: { i: { forumId: 'batch', name: 'B', region: 'Skåne', establishedOn: '2024-09-01' } },
    };
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: [operation, operation] }));
    expect((await closed).code).toBe(4400);
    const forums = await t.gql('AUDITOR', '{ forums { id } }');
    expect(forums.data.forums.map((f: { id: string }) => f.id)).not.toContain('batch');
  });
});
