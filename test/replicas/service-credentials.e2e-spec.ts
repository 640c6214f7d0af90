import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithPostgres, scratchSchema, TEST_DATABASE_URL } from '@samverkan/core/testing/scratch-postgres';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { asService, FIGURE, issueCredential, REVOKE, serviceToken, tokenRequest } from '../support/service-credentials';
import { ok, refusalOf, startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 27: a service credential on two replicas (two Nest applications, each with its own DATA_DIR
 * and read models) sharing one EventStoreDB and one PostgreSQL. A token from one holds on the other,
 * a revocation through one is refused by the other at its very next request (no waiting for its
 * read models), and the rate limits count across both.
 */
describeWithPostgres('Service credentials on two replicas', () => {
  const scratch = scratchSchema();
  const dirs = [mkdtempSync(join(tmpdir(), 'samverkan-a-')), mkdtempSync(join(tmpdir(), 'samverkan-b-'))];
  let server: EventStoreProtocolServer;
  let a: TestApp;
  let b: TestApp;
  const start = (dataDir: string) =>
    startTestApp({
      dataDir,
      env: {
        EVENTSTORE_CONNECTION_STRING: server.connectionString,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: scratch.schema,
        LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent',
        RATE_LIMIT_TOKEN_REQUESTS: '4',
      },
    });

  beforeAll(async () => {
    server = await startProtocolServer({ batchAppend: false });
    // One after the other: the first creates the schema's tables, as a deployment's first replica does.
    a = await start(dirs[0]);
    b = await start(dirs[1]);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    await scratch.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a token on A at once after B revoked its credential', async () => {
    const credential = await issueCredential(a, 'DATA_PROTECTION_OFFICER');
    // Signed by B under the key every replica shares; read by A.
    const token = await serviceToken(b.app, credential);
    expect((await asService(a.app, token, FIGURE)).body.errors).toBeUndefined();

    await ok(b.gql('STEERING_GROUP', REVOKE, { input: { credentialId: credential.clientId, reason: 'Avvecklad' } }));

    const onA = await asService(a.app, token, FIGURE);
    expect(onA.status).toBe(401);
    expect(refusalOf(onA.body)).toBe('UNAUTHENTICATED');
    const fromA = await tokenRequest(a.app, {
      grant_type: 'client_credentials',
      client_id: credential.clientId,
      client_secret: credential.clientSecret,
    });
    expect(fromA.status).toBe(401);
  });

  it('counts token requests for one client id across both replicas, in PostgreSQL', async () => {
    const form = { grant_type: 'client_credentials', client_id: 'shared-count', client_secret: 'guess' };
    for (const replica of [a, b, a, b]) expect((await tokenRequest(replica.app, form)).status).toBe(401);
    const fifth = await tokenRequest(a.app, form);
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('RATE_LIMITED');
  });
});
