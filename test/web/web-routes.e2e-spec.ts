import { decodeJwt } from 'jose';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { TokenService } from '@samverkan/auth';
import { startTestApp, useTestApp } from '../support/test-app';
import { ensureWebBuild, WEB_BUILD } from '../support/web-build';

/** The web app is served by the API itself, next to GraphQL and health. */
describe('The web page and its routes', () => {
  const t = useTestApp();

  it('serves the web app at /: its page, the script and style it names, with Chart.js and graphql-ws bundled, and leaves /health and /graphql alone', async () => {
    await ensureWebBuild();
    const server = t.app.getHttpServer();
    const page = await request(server).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Samverkan');
    expect(page.text).toContain('<div id="root">');
    const assets = [...page.text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) expect((await request(server).get(`/${asset}`)).status).toBe(200);
    // The charts' and the live timeline's code come with the app's chunks, not from node_modules.
    const chunks = readdirSync(join(WEB_BUILD, 'assets')).filter((f) => f.endsWith('.js'));
    const code = chunks.map((f) => readFileSync(join(WEB_BUILD, 'assets', f), 'utf8')).join('\n');
    expect(code).toContain('chartjs');
    expect(code).toContain('graphql-transport-ws');
    const overview = chunks.find((f) => f.startsWith('OverviewDesk-'))!;
    expect((await request(server).get(`/assets/${overview}`)).status).toBe(200);
    const health = await request(server).get('/health');
    expect(health.headers['content-type']).toContain('application/json');
    expect((await request(server).get('/no-such-page')).status).toBe(404);
    const gql = await request(server)
      .post('/graphql')
      .send({ query: '{ __typename }' })
      .set('authorization', `Bearer ${t.tokens.AUDITOR}`);
    expect(gql.status).toBe(200);
  }, 60_000);

  it('offers a browser on this machine one freshly signed dev token per role, each speaking for its role', async () => {
    const res = await request(t.app.getHttpServer()).get('/dev-tokens').set('host', 'localhost:3000');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.map((c: { role: string }) => c.role).sort()).toEqual(Object.keys(t.tokens).sort());
    expect(res.body.find((c: { role: string }) => c.role === 'AUDITOR')).toMatchObject({
      organisation: 'FK',
      name: expect.any(String),
    });
    for (const { role, token } of res.body as { role: string; token: string }[]) {
      expect((await t.app.get(TokenService).verify(token)).actor.role).toBe(role);
      const { iat } = decodeJwt(token);
      expect(Math.abs(iat! - Date.now() / 1000)).toBeLessThan(5);
    }
  });

  it('offers no dev tokens in production, and writes none', async () => {
    const prod = await startTestApp({ env: { NODE_ENV: 'production' } });
    try {
      expect((await request(prod.app.getHttpServer()).get('/dev-tokens').set('host', 'localhost')).status).toBe(404);
      expect(readdirSync(prod.dataDir)).not.toContain('dev-tokens.json');
      expect(readdirSync(prod.dataDir)).not.toContain('jwt-secret');
    } finally {
      await prod.close();
    }
  });
});
