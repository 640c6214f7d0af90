import { Logger } from '@nestjs/common';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '@samverkan/core';
import { ALL_ROLES, Role } from './roles';
import { TokenService } from './token-service';

// The service logs where it wrote secrets and tokens; the assertions below read the files instead.
beforeAll(() => Logger.overrideLogger(false));

describe('TokenService', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-auth-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('on an empty data dir', () => {
    it('creates a secret and signs one verifiable, short-lived dev token per role', async () => {
      const service = new TokenService(validateEnvironment({ DATA_DIR: dir }));
      service.onModuleInit();
      expect(existsSync(join(dir, 'jwt-secret'))).toBe(true);
      const tokens = (await service.devTokens())!;
      expect(Object.keys(tokens).sort()).toEqual([...ALL_ROLES].sort());
      const verified = await service.verify(tokens.AV_INSPECTOR);
      expect(verified.actor).toEqual({ id: 'dev-av-inspector', organisation: 'AV', role: 'AV_INSPECTOR' });
      const { iat, exp } = decodeJwt(tokens.AUDITOR);
      expect(exp! - iat!).toBe(3600);
      expect(Math.abs(iat! - Date.now() / 1000)).toBeLessThan(5);
    });

    it('signs dev tokens for the configured lifetime', async () => {
      const service = new TokenService(validateEnvironment({ DATA_DIR: dir, DEV_TOKEN_LIFETIME_SECONDS: '600' }));
      service.onModuleInit();
      const { iat, exp } = decodeJwt(await service.sign('x', Role.AUDITOR, 'FK'));
      expect(exp! - iat!).toBe(600);
    });

    it('refuses to run in production without an external issuer, even when handed such settings', () => {
      const env = Object.assign(validateEnvironment({ DATA_DIR: dir }), { NODE_ENV: 'production' as const });
      expect(() => new TokenService(env).onModuleInit()).toThrow(/external token issuer/);
      expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
    });

    it('keeps the secret across restarts, so earlier tokens stay valid', async () => {
      const first = new TokenService(validateEnvironment({ DATA_DIR: dir }));
      first.onModuleInit();
      const token = await first.sign('someone', Role.AUDITOR, 'FK');
      const second = new TokenService(validateEnvironment({ DATA_DIR: dir }));
      second.onModuleInit();
      await expect(second.verify(token)).resolves.toMatchObject({ actor: { id: 'someone', role: 'AUDITOR' } });
    });

    it('rejects a token with an unknown role', async () => {
      const service = new TokenService(validateEnvironment({ DATA_DIR: dir }));
      service.onModuleInit();
      const token = await service.sign('x', 'ADMIN' as Role, 'FK');
      await expect(service.verify(token)).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    });
  });

  describe('when the same token comes again', () => {
    afterEach(() => jest.useRealTimers());

    it('answers with what it verified the first time, frozen so no request can change it', async () => {
      // given
      const service = new TokenService(validateEnvironment({ DATA_DIR: dir }));
      service.onModuleInit();
      const token = await service.sign('someone', Role.AUDITOR, 'FK');
      const first = await service.verify(token);
      // when
      const again = await service.verify(token);
      // then
      expect(again).toBe(first);
      expect(Object.isFrozen(again.actor)).toBe(true);
    });

    it('refuses it once it has expired, though it was verified before', async () => {
      // given a token of ten minutes, verified once
      const service = new TokenService(validateEnvironment({ DATA_DIR: dir, DEV_TOKEN_LIFETIME_SECONDS: '600' }));
      service.onModuleInit();
      const token = await service.sign('someone', Role.AUDITOR, 'FK');
      await service.verify(token);
      // when eleven minutes have passed (beyond the 30 s of clock tolerance)
      jest.useFakeTimers({ now: Date.now() + 660_000, doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      // then
      await expect(service.verify(token)).rejects.toMatchObject({ name: 'UnauthenticatedError' });
    });
  });

  describe('with an external issuer', () => {
    let server: Server;
    let jwksUrl: string;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_, res) =>
        res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const issue = (issuer: string) =>
      new SignJWT({ role: 'AV_INSPECTOR', org: 'AV', name: 'Inspektör' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('av-123')
        .setIssuer(issuer)
        .setAudience('samverkan')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);

    it('verifies its tokens by its JWKS, signs no dev tokens, and refuses another issuer', async () => {
      const service = new TokenService(
        validateEnvironment({
          DATA_DIR: dir,
          JWT_JWKS_URL: jwksUrl,
          JWT_ISSUER: 'https://idp.example',
          JWT_AUDIENCE: 'samverkan',
        }),
      );
      service.onModuleInit();
      expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
      await expect(service.devTokens()).resolves.toBeNull();
      await expect(service.sign('x', Role.AUDITOR, 'FK')).rejects.toThrow(/issued externally/);
      await expect(service.verify(await issue('https://idp.example'))).resolves.toMatchObject({
        actor: { id: 'av-123', organisation: 'AV', role: 'AV_INSPECTOR' },
      });
      await expect(service.verify(await issue('https://evil.example'))).rejects.toMatchObject({
        name: 'UnauthenticatedError',
      });
    });
  });
});
