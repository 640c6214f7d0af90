import { decodeJwt, JWTPayload, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';
import { startTestIssuer, TestIssuer } from '../support/test-issuer';

const MAX = 7200;
const now = () => Math.floor(Date.now() / 1000);

interface Issuer {
  app: TestApp;
  /** A token with sane claims (iat now, 1 h), each replaceable or removable (undefined). */
  sign(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

async function devIssuer(): Promise<Issuer> {
  const app = await startTestApp({
    env: { TOKEN_MAX_LIFETIME_SECONDS: String(MAX), DEV_TOKEN_LIFETIME_SECONDS: '600' },
  });
  const secret = new Uint8Array(Buffer.from(readFileSync(join(app.dataDir, 'jwt-secret'), 'utf8').trim(), 'base64'));
  const sign = (claims: JWTPayload) => {
    const payload = {
      iss: 'samverkan-dev',
      aud: 'samverkan',
      sub: 'someone',
      role: 'AUDITOR',
      org: 'FK',
      iat: now(),
      exp: now() + 3600,
      ...claims,
    };
    const present = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
    return new SignJWT(present).setProtectedHeader({ alg: 'HS256' }).sign(secret);
  };
  return { app, sign, close: () => app.close() };
}

async function externalIssuer(): Promise<Issuer> {
  const issuer: TestIssuer = await startTestIssuer();
  const app = await startTestApp({
    env: { NODE_ENV: 'production', TOKEN_MAX_LIFETIME_SECONDS: String(MAX), ...issuer.env },
  });
  return { app, sign: (claims) => issuer.sign(claims), close: async () => (await app.close(), await issuer.close()) };
}

/** Both issuers hold a token to the same times: it says when it was issued and expires, and lives no longer than allowed. */
describe.each([
  ['the dev issuer (HS256, development)', devIssuer],
  ['an external issuer (JWKS, production)', externalIssuer],
])('Token lifetimes, %s', (_name, start) => {
  let issuer: Issuer;
  beforeAll(async () => {
    issuer = await start();
  });
  afterAll(() => issuer.close());

  const codeFor = async (claims: JWTPayload) =>
    (await issuer.app.gql(await issuer.sign(claims), '{ regions }')).errors?.[0].extensions?.code ?? 'OK';

  it('accepts a token issued now for an hour, and one living exactly the allowed maximum', async () => {
    expect(await codeFor({})).toBe('OK');
    expect(await codeFor({ iat: now(), exp: now() + MAX })).toBe('OK');
    // Clocks differ a little between an issuer and this server.
    expect(await codeFor({ iat: now() + 10, exp: now() + 600 })).toBe('OK');
  });

  it.each([
    ['without exp', () => ({ exp: undefined })],
    ['without iat', () => ({ iat: undefined })],
    ['living a second longer than the maximum', () => ({ iat: now(), exp: now() + MAX + 1 })],
    ['living 30 days, as dev tokens once did', () => ({ iat: now(), exp: now() + 30 * 24 * 3600 })],
    ['issued in the future', () => ({ iat: now() + 600, exp: now() + 1200 })],
    ['issued far in the future, to hide a long life', () => ({ iat: now() + 20 * 3600, exp: now() + 21 * 3600 })],
    ['issued long ago with an expiry still ahead', () => ({ iat: now() - MAX - 60, exp: now() + 60 })],
    ['not valid before a time still to come', () => ({ nbf: now() + 600 })],
    ['expired', () => ({ iat: now() - 600, exp: now() - 60 })],
    ['with a non-numeric exp', () => ({ exp: 'never' as unknown as number })],
  ])('refuses a token %s with UNAUTHENTICATED', async (_case, claims) => {
    expect(await codeFor(claims())).toBe('UNAUTHENTICATED');
  });
});

describe('Dev tokens the server hands out', () => {
  it('live DEV_TOKEN_LIFETIME_SECONDS and are accepted', async () => {
    const { app } = await devIssuer();
    try {
      const { iat, exp } = decodeJwt(app.tokens.AUDITOR);
      expect(exp! - iat!).toBe(600);
      expect((await app.gql('AUDITOR', '{ regions }')).errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
