import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { wsUrl } from '../support/graphql-transports';
import { FIGURE, issueCredential, REVOKE, serviceToken } from '../support/service-credentials';
import { ok, useTestApp } from '../support/test-app';

/** The websocket checks per operation what HTTP checks per request: a revoked credential, the rate limit. */
describe('Service credentials on the websocket', () => {
  const t = useTestApp({ env: { RATE_LIMIT_PERSON_REQUESTS: '2' } });
  const clients: Client[] = [];
  beforeAll(() => t.app.listen(0));
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  const connect = (token: string) => {
    const client = createClient({
      url: wsUrl(t.app.getHttpServer()),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(client);
    return client;
  };
  const run = (client: Client, query: string) =>
    new Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }>((resolve) => {
      let last: { data?: unknown } = {};
      client.subscribe(
        { query },
        {
          next: (value) => (last = value as typeof last),
          error: (errors) => resolve({ errors: errors as { extensions?: Record<string, unknown> }[] }),
          complete: () => resolve(last),
        },
      );
    });

  it('refuses the next operation on an open socket once the credential is revoked', async () => {
    const credential = await issueCredential(t);
    const client = connect(await serviceToken(t.app, credential));
    expect((await run(client, FIGURE)).errors).toBeUndefined();
    await ok(
      t.gql('DATA_PROTECTION_OFFICER', REVOKE, { input: { credentialId: credential.clientId, reason: 'Läckt' } }),
    );
    const after = await run(client, FIGURE);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("counts a person's operations on the socket against the same limit as HTTP", async () => {
    const client = connect(t.tokens.AUDITOR);
    expect((await run(client, '{ regions }')).errors).toBeUndefined();
    expect((await run(client, '{ regions }')).errors).toBeUndefined();
    const third = await run(client, '{ regions }');
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 2 });
  });
});
