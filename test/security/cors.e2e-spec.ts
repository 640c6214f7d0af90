import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { useTestApp } from '../support/test-app';

const ALLOWED = 'https://dashboards.example.se';

const preflight = (t: TestApp, origin: string) =>
  request(t.app.getHttpServer())
    .options('/graphql')
    .set('origin', origin)
    .set('access-control-request-method', 'POST')
    .set('access-control-request-headers', 'authorization,content-type');

/** Issue 27 point 2: browsers on other origins reach the API only from the origins configured. */
describe('CORS', () => {
  describe('with an origin configured', () => {
    const t = useTestApp({ env: { CORS_ORIGINS: `${ALLOWED}, https://intranat.example.se` } });

    it('allows a preflight from it: POST with the bearer token', async () => {
      const res = await preflight(t, ALLOWED);
      expect(res.status).toBeLessThan(300);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(res.headers['access-control-allow-methods']).toContain('POST');
      expect(res.headers['access-control-allow-headers']).toContain('authorization');
    });

    it('refuses a preflight from any other origin: no allow-origin, so the browser stops', async () => {
      for (const origin of [
        'https://evil.example.com',
        `${ALLOWED}.evil.example.com`,
        'http://dashboards.example.se',
      ]) {
        const res = await preflight(t, origin);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
    });

    it('lets the browser read Retry-After and the correlation id of an answer to an allowed origin', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('origin', ALLOWED)
        .set('authorization', `Bearer ${t.tokens.AUDITOR}`)
        .send({ query: '{ regions }' });
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(res.headers['access-control-expose-headers']).toContain('retry-after');
    });
  });

  describe('by default', () => {
    const t = useTestApp();

    it('allows no origin at all', async () => {
      const res = await preflight(t, ALLOWED);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
