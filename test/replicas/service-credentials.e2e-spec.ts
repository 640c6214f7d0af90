import { describeWithPostgres } from '@samverkan/core/testing/scratch-postgres';
import {
  asService,
  expectRevokedRefused,
  FIGURE,
  issueCredential,
  REVOKE,
  serviceToken,
  tokenRequest,
} from '../support/service-credentials';
import { ok } from '../support/test-app';
import { useTwoReplicas } from '../support/two-replicas';

/**
 * Issue 27: a service credential on two replicas (two Nest applications, each with its own DATA_DIR
 * and read models) sharing one EventStoreDB and one PostgreSQL. A token from one holds on the other,
 * a revocation through one is refused by the other at its very next request (no waiting for its
 * read models), and the rate limits count across both.
 */
describeWithPostgres('Service credentials on two replicas', () => {
  // One after the other: the first creates the schema's tables, as a deployment's first replica does.
  const replicas = useTwoReplicas({ env: { RATE_LIMIT_TOKEN_REQUESTS: '4' }, oneAfterTheOther: true });

  it('refuses a token on A at once after B revoked its credential', async () => {
    const { a, b } = replicas;
    const credential = await issueCredential(a, 'DATA_PROTECTION_OFFICER');
    // Signed by B under the key every replica shares; read by A.
    const token = await serviceToken(b.app, credential);
    expect((await asService(a.app, token, FIGURE)).body.errors).toBeUndefined();

    await ok(b.gql('STEERING_GROUP', REVOKE, { input: { credentialId: credential.clientId, reason: 'Avvecklad' } }));

    await expectRevokedRefused(a.app, token, credential);
  });

  it('counts token requests for one client id across both replicas, in PostgreSQL', async () => {
    const { a, b } = replicas;
    const form = { grant_type: 'client_credentials', client_id: 'shared-count', client_secret: 'guess' };
    for (const replica of [a, b, a, b]) expect((await tokenRequest(replica.app, form)).status).toBe(401);
    const fifth = await tokenRequest(a.app, form);
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('RATE_LIMITED');
  });
});
