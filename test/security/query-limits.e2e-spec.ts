import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

/** Queries that would cost the server too much are refused before they run, with clear errors. */
describe('GraphQL limits', () => {
  let t: TestApp;
  const post = (body: unknown, token = t.tokens.AUDITOR) =>
    request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body as object);

  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '3000', MAX_BODY_BYTES: '8192' } });
  });
  afterAll(() => t.close());

  it('refuses an over-deep query, naming the limit', async () => {
    const deep = '{ timeline(first: 1) { edges { node { actor { name } } } } }';
    const res = await post({ query: deep });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth of 3/);
  });

  it('refuses an over-costly query, with its cost and the limit, and lets a modest one run', async () => {
    const costly = await post({ query: '{ timeline(first: 500) { edges { node { position eventId stream module type summary occurredAt recordedAt } } } }' });
    expect(costly.status).toBe(400);
    expect(costly.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 3000 });
    expect(costly.body.errors[0].extensions.cost).toBeGreaterThan(3000);
    expect(costly.body.data ?? null).toBeNull();
    const modest = await post({ query: '{ timeline(first: 50) { edges { node { position type } } } }' });
    expect(modest.body.errors).toBeUndefined();
  });

  it('counts variables too: a huge `first` passed as a variable is refused', async () => {
    const res = await post({ query: 'query($n: Int!) { timeline(first: $n) { edges { node { position eventId stream module type summary } } } }', variables: { n: 500 } });
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses a list larger than 500 by the field rule, naming `first`', async () => {
    const res = await post({ query: '{ timeline(first: 100000) { edges { node { position } } } }' });
    const codes = res.body.errors.map((e: any) => e.extensions.code);
    expect(codes[0] === 'BAD_USER_INPUT' || codes[0] === 'QUERY_TOO_COSTLY').toBe(true);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await post({ query: `{ timeline(first: 1) { edges { node { position } } } } # ${'x'.repeat(10_000)}` });
    expect(res.status).toBe(413);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('refuses batched operations (one operation per request)', async () => {
    const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/batch/i);
  });

  it('answers introspection in development, and refuses it in production', async () => {
    const dev = await post({ query: getIntrospectionQuery() });
    expect(dev.body.data.__schema.queryType.name).toBe('Query');
    const prod = await startTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await request(prod.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${prod.tokens.AUDITOR}`)
        .send({ query: getIntrospectionQuery() });
      expect(res.body.errors[0].message).toMatch(/introspection is not allowed/i);
      expect(res.body.data ?? null).toBeNull();
    } finally {
      await prod.close();
    }
  });
});
