import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

/** The page and its parts are served by the API itself, next to GraphQL and health. */
describe('The web page and its routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the page at /, the chart and graphql-ws browser builds, and leaves /health and /graphql alone', async () => {
    const server = t.app.getHttpServer();
    const page = await request(server).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Samverkan');
    const chart = await request(server).get('/vendor/chart.js/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect(chart.text).toContain('Chart');
    expect((await request(server).get('/vendor/graphql-ws/graphql-ws.min.js')).status).toBe(200);
    const health = await request(server).get('/health');
    expect(health.headers['content-type']).toContain('application/json');
    expect((await request(server).get('/no-such-page')).status).toBe(404);
    const gql = await request(server).post('/graphql').send({ query: '{ __typename }' }).set('authorization', `Bearer ${t.tokens.AUDITOR}`);
    expect(gql.status).toBe(200);
  });

  it('offers the dev tokens to a browser on this machine, one per role, as the data dir has them', async () => {
    const res = await request(t.app.getHttpServer()).get('/dev-tokens');
    expect(res.status).toBe(200);
    const byRole = Object.fromEntries(res.body.map((c: { role: string; token: string }) => [c.role, c.token]));
    expect(byRole).toEqual(t.tokens);
    expect(res.body.find((c: { role: string }) => c.role === 'AUDITOR')).toMatchObject({ organisation: 'FK', name: expect.any(String) });
  });

  it('offers no dev tokens in production', async () => {
    const prod = await startTestApp({ env: { NODE_ENV: 'production' } });
    try {
      expect((await request(prod.app.getHttpServer()).get('/dev-tokens')).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
