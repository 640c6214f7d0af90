import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, exitOf, startedServer, startServer } from '../support/server-process';
import { startTestIssuer } from '../support/test-issuer';
import { announceSkip } from '@samverkan/core/testing/skip-notice';

/** This machine's address on a network, if it has one (not loopback). */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
if (!networkAddress)
  announceSkip('the dev credentials on a network address: this machine has no IPv4 address but loopback.');
const onNetwork = networkAddress ? describe : describe.skip;

/** GET with a Host header of our choosing (fetch would not send a Host other than the URL's). */
function get(
  address: string,
  port: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: address, port: Number(port), path, headers: { host: `localhost:${port}`, ...headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** How the spawned server, as `npm start` runs it, keeps dev credentials on the developer's machine. */
describe('Dev credentials when the server starts', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'samverkan-devcreds-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('in production without an external issuer, refuses to start, says why, and writes no credentials', async () => {
    const child = startServer({ DATA_DIR: dataDir, NODE_ENV: 'production', PORT: '0' });
    const output = collect(child);
    expect(await exitOf(child)).toBe(1);
    expect(output.out()).toMatch(
      /JWT_JWKS_URL=undefined: production needs an external token issuer: set JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE/,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  }, 30_000);

  it("in production with an issuer, signs and serves no dev tokens, removes an earlier run's, and takes the issuer's", async () => {
    const issuer = await startTestIssuer();
    writeFileSync(join(dataDir, 'dev-tokens.json'), '{"AUDITOR":"left by a development run"}\n', { mode: 0o600 });
    const server = await startedServer({ DATA_DIR: dataDir, NODE_ENV: 'production', ...issuer.env });
    try {
      expect(existsSync(join(dataDir, 'dev-tokens.json'))).toBe(false);
      expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
      expect((await get('127.0.0.1', server.port, '/dev-tokens')).status).toBe(404);
      const answer = await get('127.0.0.1', server.port, '/graphql?query=%7Bregions%7D', {
        authorization: `Bearer ${await issuer.sign({ role: 'STEERING_GROUP' })}`,
        'apollo-require-preflight': 'true',
      });
      expect(JSON.parse(answer.body).data.regions.length).toBeGreaterThan(0);
    } finally {
      server.child.kill('SIGTERM');
      await exitOf(server.child);
      await issuer.close();
    }
  }, 40_000);

  onNetwork('on a machine with a network address', () => {
    it('in development, listens on loopback only', async () => {
      const server = await startedServer({ DATA_DIR: dataDir });
      try {
        expect((await get('127.0.0.1', server.port, '/dev-tokens')).status).toBe(200);
        await expect(get(networkAddress!, server.port, '/dev-tokens')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
        expect(server.out()).toMatch(/listening on 127\.0\.0\.1/);
      } finally {
        server.child.kill('SIGTERM');
        await exitOf(server.child);
      }
    }, 40_000);

    it('in development told to listen everywhere, still hands dev tokens only to a client on this machine', async () => {
      const server = await startedServer({ DATA_DIR: dataDir, HOST: '0.0.0.0' });
      try {
        // The Host header says localhost, nothing says "proxy": only the socket's peer gives it away.
        const remote = await get(networkAddress!, server.port, '/dev-tokens');
        expect(remote.status).toBe(403);
        expect(remote.body).toMatch(/not on this machine/);
        expect(remote.body).not.toMatch(/eyJ/);
        expect((await get('127.0.0.1', server.port, '/dev-tokens')).status).toBe(200);
      } finally {
        server.child.kill('SIGTERM');
        await exitOf(server.child);
      }
    }, 40_000);
  });
});
