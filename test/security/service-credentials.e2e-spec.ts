import request from 'supertest';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import {
  asService,
  dashboardCredential,
  expectRevokedRefused,
  FIGURE,
  ISSUE,
  issueCredential,
  LIST,
  REVOKE,
  serviceToken,
  tokenRequest,
} from '../support/service-credentials';
import { refusalOf, useTestApp } from '../support/test-app';

const DAY = 24 * 3600 * 1000;

/** Issue 27 point 1: named credentials for machine clients, their tokens, and revocation. */
describe('Service credentials', () => {
  const t = useTestApp();
  const store = () => t.app.get<EventStore>(EVENT_STORE);
  const credentialEvents = async () =>
    (await store().readAll()).filter((e) => e.stream.startsWith('serviceCredential-'));

  describe('when a data protection officer issues one', () => {
    let issued: { clientId: string; clientSecret: string };
    beforeAll(async () => {
      issued = await issueCredential(t, 'DATA_PROTECTION_OFFICER');
    });

    it('records a decision naming who issued it and for what, with a hash and never the secret', async () => {
      const [event] = await store().readStream(`serviceCredential-${issued.clientId}`);
      expect(event.type).toBe('ServiceCredentialIssued');
      expect(event.metadata).toMatchObject({
        kind: 'decision',
        reason: dashboardCredential().reason,
        actor: { role: 'DATA_PROTECTION_OFFICER' },
      });
      expect(event.data).toMatchObject({ name: 'Regionens dashboard', role: 'DASHBOARD' });
      expect((event.data as { secretHash: string }).secretHash).toMatch(/^scrypt\$/);
      const everything = JSON.stringify((await store().readAll()).map(({ data, metadata }) => ({ data, metadata })));
      expect(everything).not.toContain(issued.clientSecret);
    });

    it('is listed for the steering group, active, with its reason and its issuer', async () => {
      const list = (await t.gql('STEERING_GROUP', LIST)).data.serviceCredentials.edges.map((e: any) => e.node);
      expect(list).toContainEqual(
        expect.objectContaining({
          id: issued.clientId,
          status: 'ACTIVE',
          reason: dashboardCredential().reason,
          issuedBy: { role: 'DATA_PROTECTION_OFFICER' },
        }),
      );
    });

    it('buys a short-lived token that reads the dashboard figures as DASHBOARD, and no content', async () => {
      const res = await tokenRequest(t.app, {
        grant_type: 'client_credentials',
        client_id: issued.clientId,
        client_secret: issued.clientSecret,
      });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({ token_type: 'Bearer' });
      expect(res.body.expires_in).toBeGreaterThan(0);
      expect(res.body.expires_in).toBeLessThanOrEqual(900);
      const figure = await asService(t.app, res.body.access_token, FIGURE);
      expect(figure.body.errors).toBeUndefined();
      expect(figure.body.data.tipFunnel.total).toBeDefined();
      const content = await asService(t.app, res.body.access_token, '{ forums { id } }');
      expect(refusalOf(content.body)).toBe('FORBIDDEN');
    });

    it('takes a JSON body too', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: issued.clientId, client_secret: issued.clientSecret });
      expect(res.status).toBe(200);
      expect(res.body.token_type).toBe('Bearer');
    });

    it('refuses the secret sent twice, in the header and the body', async () => {
      const basic = Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64');
      const res = await tokenRequest(t.app, {
        grant_type: 'client_credentials',
        client_secret: issued.clientSecret,
      }).set('authorization', `Basic ${basic}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'invalid_request', field: 'client_secret' });
    });

    it('takes the credentials as HTTP Basic too', async () => {
      const basic = Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64');
      const res = await tokenRequest(t.app, { grant_type: 'client_credentials' }).set(
        'authorization',
        `Basic ${basic}`,
      );
      expect(res.status).toBe(200);
    });

    it.each([
      [
        'a wrong secret',
        (c: typeof issued) => ({ client_id: c.clientId, client_secret: 'x'.repeat(43) }),
        401,
        'invalid_client',
        undefined,
      ],
      [
        'an unknown client',
        () => ({ client_id: 'no-such-client', client_secret: 'x' }),
        401,
        'invalid_client',
        undefined,
      ],
      [
        'no grant type',
        (c: typeof issued) => ({ grant_type: '', client_id: c.clientId, client_secret: c.clientSecret }),
        400,
        'invalid_request',
        'grant_type',
      ],
      [
        'another grant',
        (c: typeof issued) => ({ grant_type: 'password', client_id: c.clientId }),
        400,
        'unsupported_grant_type',
        'grant_type',
      ],
      ['no client id', (c: typeof issued) => ({ client_secret: c.clientSecret }), 400, 'invalid_request', 'client_id'],
      ['no client secret', (c: typeof issued) => ({ client_id: c.clientId }), 400, 'invalid_request', 'client_secret'],
    ])('refuses a token request with %s, naming the field at fault', async (_, form, status, error, field) => {
      const res = await tokenRequest(t.app, { grant_type: 'client_credentials', ...form(issued) });
      expect(res.status).toBe(status);
      expect(res.body.error).toBe(error);
      expect(res.body.field).toBe(field);
      expect(res.body.access_token).toBeUndefined();
    });
  });

  describe('when it is revoked', () => {
    it('refuses its token at the next request, long before the token expires, and issues no new one', async () => {
      const credential = await issueCredential(t, 'STEERING_GROUP');
      const token = await serviceToken(t.app, credential);
      expect((await asService(t.app, token, FIGURE)).body.errors).toBeUndefined();

      const revoked = await t.gql('DATA_PROTECTION_OFFICER', REVOKE, {
        input: { credentialId: credential.clientId, reason: 'Tjänsten läggs ned' },
      });
      expect(revoked.errors).toBeUndefined();
      expect(revoked.data.revokeServiceCredential.credential).toMatchObject({
        status: 'REVOKED',
        revokeReason: 'Tjänsten läggs ned',
        revokedBy: { role: 'DATA_PROTECTION_OFFICER' },
      });

      await expectRevokedRefused(t.app, token, credential);
      const [, event] = await store().readStream(`serviceCredential-${credential.clientId}`);
      expect(event).toMatchObject({
        type: 'ServiceCredentialRevoked',
        metadata: { kind: 'decision', reason: 'Tjänsten läggs ned' },
      });
    });

    it('refuses a second revocation with its rule', async () => {
      const credential = await issueCredential(t);
      const input = { credentialId: credential.clientId, reason: 'Klar' };
      await t.gql('DATA_PROTECTION_OFFICER', REVOKE, { input });
      expect(refusalOf(await t.gql('STEERING_GROUP', REVOKE, { input }))).toBe('SERVICE_CREDENTIAL_ALREADY_REVOKED');
    });

    it('answers NOT_FOUND for a credential never issued', async () => {
      const res = await t.gql('DATA_PROTECTION_OFFICER', REVOKE, {
        input: { credentialId: 'never-issued', reason: 'x' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('a refused issue', () => {
    it.each([
      ['a role that writes', { role: 'AUDITOR' }, 'BAD_USER_INPUT', 'role'],
      ['no name', { name: '' }, 'BAD_USER_INPUT', 'name'],
      ['no reason', { reason: '' }, 'BAD_USER_INPUT', 'reason'],
      [
        'an expiry that has passed',
        { expiresAt: new Date(Date.now() - DAY).toISOString() },
        'SERVICE_CREDENTIAL_EXPIRY_PASSED',
        'expiresAt',
      ],
      [
        'an expiry past a year',
        { expiresAt: new Date(Date.now() + 400 * DAY).toISOString() },
        'SERVICE_CREDENTIAL_EXPIRY_TOO_LATE',
        'expiresAt',
      ],
    ])('with %s names the field and stores nothing', async (_, overrides, code, field) => {
      const before = (await credentialEvents()).length;
      const res = await t.gql('DATA_PROTECTION_OFFICER', ISSUE, { input: dashboardCredential(overrides) });
      expect(refusalOf(res)).toBe(code);
      const extensions = res.errors![0].extensions!;
      const fields = extensions.fields?.map((f: { field: string }) => f.field) ?? [extensions.details?.field];
      expect(fields).toContain(field);
      expect(await credentialEvents()).toHaveLength(before);
    });

    it.each(['FK_CASEWORKER', 'AUDITOR', 'DASHBOARD'])('by %s is FORBIDDEN and stores nothing', async (role) => {
      const before = (await credentialEvents()).length;
      expect(refusalOf(await t.gql(role, ISSUE, { input: dashboardCredential() }))).toBe('FORBIDDEN');
      expect(await credentialEvents()).toHaveLength(before);
    });
  });

  it('answers a replayed issue with the first write and without a secret, which it cannot show again', async () => {
    const input = dashboardCredential({ commandId: '6f1d0c9e-6a39-4d0a-9d5e-2b8a4c1f7e21' });
    const first = (await t.gql('DATA_PROTECTION_OFFICER', ISSUE, { input })).data.issueServiceCredential;
    const second = (await t.gql('DATA_PROTECTION_OFFICER', ISSUE, { input })).data.issueServiceCredential;
    expect(second).toMatchObject({ clientId: first.clientId, replayed: true, clientSecret: null });
    expect(first.clientSecret).toEqual(expect.any(String));
    // The first answer's secret still holds.
    await serviceToken(t.app, first);
  });

  it('lists nothing for DASHBOARD: the list is for issuers and auditors', async () => {
    expect(refusalOf(await t.gql('DASHBOARD', LIST))).toBe('FORBIDDEN');
    expect((await t.gql('AUDITOR', LIST)).errors).toBeUndefined();
  });
});

/** Production signs no tokens for people (an external issuer does), but does sign its machine clients'. */
describe('Service credentials in production', () => {
  const t = useTestApp({ env: { NODE_ENV: 'production' } });

  it('issues a token for a credential beside the external issuer, and refuses it once revoked', async () => {
    const credential = await issueCredential(t, 'STEERING_GROUP');
    const token = await serviceToken(t.app, credential);
    expect((await asService(t.app, token, FIGURE)).body.errors).toBeUndefined();
    await t.gql('STEERING_GROUP', REVOKE, { input: { credentialId: credential.clientId, reason: 'Avvecklad' } });
    expect((await asService(t.app, token, FIGURE)).status).toBe(401);
  });
});
