import request from 'supertest';
import { asService, FIGURE, issueCredential, serviceToken, tokenRequest } from '../support/service-credentials';
import { refusalOf, useTestApp } from '../support/test-app';

const FORUMS = '{ regions }';

/** Issue 27 point 2: each person and each service credential has its own budget of requests. */
describe('Rate limits', () => {
  const t = useTestApp({
    env: { RATE_LIMIT_PERSON_REQUESTS: '3', RATE_LIMIT_SERVICE_REQUESTS: '2', RATE_LIMIT_TOKEN_REQUESTS: '3' },
  });

  it('answers a person past the limit with 429, Retry-After and a typed RATE_LIMITED saying when to retry', async () => {
    for (let i = 0; i < 3; i++) expect((await t.gql('AV_INSPECTOR', FORUMS)).errors).toBeUndefined();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${t.tokens.AV_INSPECTOR}`)
      .send({ query: FORUMS });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refusalOf(res.body)).toBe('RATE_LIMITED');
    const { retryAfterSeconds, retryAt, limit } = res.body.errors[0].extensions;
    expect(retryAfterSeconds).toBe(retryAfter);
    expect(Date.parse(retryAt)).toBeGreaterThan(Date.now());
    expect(limit).toBe(3);
    expect(res.body.data).toBeUndefined();
  });

  it('counts each person apart: another person is still answered', async () => {
    for (let i = 0; i < 4; i++) await t.gql('KNOWLEDGE_GROUP', FORUMS);
    expect(refusalOf(await t.gql('KNOWLEDGE_GROUP', FORUMS))).toBe('RATE_LIMITED');
    expect((await t.gql('FORUM_COORDINATOR', FORUMS)).errors).toBeUndefined();
  });

  it('counts a service credential across its tokens, by its own limit', async () => {
    const credential = await issueCredential(t, 'STEERING_GROUP');
    const [first, second] = [await serviceToken(t.app, credential), await serviceToken(t.app, credential)];
    expect((await asService(t.app, first, FIGURE)).body.errors).toBeUndefined();
    expect((await asService(t.app, second, FIGURE)).body.errors).toBeUndefined();
    const third = await asService(t.app, first, FIGURE);
    expect(third.status).toBe(429);
    expect(refusalOf(third.body)).toBe('RATE_LIMITED');
    // The person who issued it has a budget of their own.
    expect((await t.gql('DATA_PROTECTION_OFFICER', '{ regions }')).errors).toBeUndefined();
  });

  it('counts the figure files against the same budget as the GraphQL queries', async () => {
    // DASHBOARD has sent nothing yet in this file: three queries spend its budget.
    for (let i = 0; i < 3; i++) expect((await t.gql('DASHBOARD', FORUMS)).errors).toBeUndefined();
    const file = await request(t.app.getHttpServer())
      .get('/figures/obligationCounts.json')
      .set('authorization', `Bearer ${t.tokens.DASHBOARD}`);
    expect(file.status).toBe(429);
    expect(Number(file.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refusalOf(file.body)).toBe('RATE_LIMITED');
  });

  it('limits token requests per client id, wrong secrets included, with 429 and Retry-After', async () => {
    const form = { grant_type: 'client_credentials', client_id: 'someones-client', client_secret: 'guess' };
    for (let i = 0; i < 3; i++) expect((await tokenRequest(t.app, form)).status).toBe(401);
    const res = await tokenRequest(t.app, form);
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({ error: 'rate_limited', code: 'RATE_LIMITED' });
    expect(res.body.retryAfterSeconds).toBe(Number(res.headers['retry-after']));
  });
});
