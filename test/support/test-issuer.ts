import { exportJWK, generateKeyPair, JWTPayload, KeyLike, SignJWT } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_ROLES, DEV_GRANTS, DEV_ORGANISATION, devPerson, Role } from '@samverkan/auth';

export interface TestIssuer {
  /** JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE for a server that trusts this issuer. */
  env: { JWT_JWKS_URL: string; JWT_ISSUER: string; JWT_AUDIENCE: string };
  /** A token signed by the issuer's key: sane claims and a 1 h lifetime, each replaceable. */
  sign(claims?: JWTPayload, header?: { kid?: string }): Promise<string>;
  /** One token per role, like the dev tokens a development server writes. */
  tokensPerRole(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * An external token issuer in the test process: an RS256 key and its JWKS on a loopback port, as a
 * production server needs (it signs no tokens itself).
 */
export async function startTestIssuer(issuer = 'https://idp.test'): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = createServer((_, res) =>
    res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const env = {
    JWT_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
    JWT_ISSUER: issuer,
    JWT_AUDIENCE: 'samverkan',
  };
  const sign = (claims: JWTPayload = {}, header: { kid?: string } = {}) =>
    signWith(privateKey, env, claims, header.kid ?? 'test-key');
  return {
    env,
    sign,
    async tokensPerRole() {
      const tokens: Record<string, string> = {};
      for (const role of ALL_ROLES) {
        tokens[role] = await sign({
          sub: devPerson(role).id,
          role,
          org: DEV_ORGANISATION[role],
          name: devPerson(role).name,
          ...DEV_GRANTS[role as Role],
        });
      }
      return tokens;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function signWith(key: KeyLike, env: TestIssuer['env'], claims: JWTPayload, kid: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  // Claims set to undefined are left out, so a test can make a token without exp or iat.
  const payload = Object.fromEntries(
    Object.entries({
      iss: env.JWT_ISSUER,
      aud: env.JWT_AUDIENCE,
      sub: 'someone',
      role: 'AUDITOR',
      org: 'FK',
      iat: now,
      exp: now + 3600,
      ...claims,
    }).filter(([, value]) => value !== undefined),
  );
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid }).sign(key);
}
