import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { ESTABLISH } from '../support/forum-fixtures';
import { useTestApp } from '../support/test-app';

const QUERY = '{ forums { id } }';

/** Tokens are checked before anything runs, and the actor of every event is the token's. */
describe('Tokens', () => {
  const t = useTestApp();
  let secret: Uint8Array;
  const token = (
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; expires?: number | string } = {},
  ) =>
    new SignJWT({ role: 'AUDITOR', org: 'FK', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(options.issuer ?? 'samverkan-dev')
      .setAudience(options.audience ?? 'samverkan')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '1h')
      .sign(secret);
  const codeFor = async (bearer: string | null) => (await t.gql(bearer, QUERY)).errors?.[0].extensions?.code ?? 'OK';

  beforeAll(async () => {
    secret = new Uint8Array(Buffer.from(readFileSync(join(t.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64'));
  });

  it('accepts a token signed here, for this issuer and audience, not expired', async () => {
    expect(await codeFor(await token({}))).toBe('OK');
  });

  it.each([
    ['no token', async () => null],
    ['a bad signature', async () => `${(await token({})).slice(0, -2)}xx`],
    ['an expired token', async () => token({}, { expires: Math.floor(Date.now() / 1000) - 60 })],
    ['another issuer', async () => token({}, { issuer: 'someone-else' })],
    ['another audience', async () => token({}, { audience: 'another-app' })],
    ['an unknown role', async () => token({ role: 'ADMIN' })],
    [
      'alg none',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'AUDITOR', iss: 'samverkan-dev', aud: 'samverkan' })).toString('base64url')}.`,
    ],
  ])('refuses %s with UNAUTHENTICATED', async (_case, make) => {
    expect(await codeFor(await make())).toBe('UNAUTHENTICATED');
  });

  it('takes the actor of an event from the token, and refuses an input that names one', async () => {
    const sg = await token({ role: 'STEERING_GROUP', org: 'AV' }, {});
    const claimed = await t.gql(sg, ESTABLISH, {
      input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne', actor: { id: 'someone-else' } },
    });
    expect(claimed.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(
      (await t.gql(sg, ESTABLISH, { input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne' } })).errors,
    ).toBeUndefined();
    const [event] = await t.app.get<EventStore>(EVENT_STORE).readStream('forum-syd');
    expect(event.metadata.actor).toEqual({ id: 'someone', organisation: 'AV', role: 'STEERING_GROUP' });
  });
});
