import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { useTestApp } from '../support/test-app';
import { ensureWebBuild } from '../support/web-build';

/**
 * What answers without a token, per mode, as docs/SECURITY.md ("What answers without a token")
 * says: GraphQL over HTTP and figure files never; `/health`, the page's files and, in development only, `/dev-tokens`.
 */
const WITHOUT_DATA = [
  ['introspection', getIntrospectionQuery()],
  ['a type lookup', '{ __type(name: "Query") { name } }'],
  ['__typename alone', '{ __typename }'],
  ['an ordinary query', '{ regions }'],
  ['a document naming no field that exists', '{ nope }'],
  ['a document that does not parse', '{ regions'],
  ['a mutation', 'mutation { establishForum(input: { forumId: "x", name: "X", region: "Skåne" }) { revision } }'],
] as const;

describe.each([
  ['development', 'development'],
  ['production', 'production'],
])('Without a token, in %s', (_, mode) => {
  const t = useTestApp({ env: { NODE_ENV: mode } });

  const post = (query: string, authorization?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (authorization) req.set('authorization', authorization);
    return req.send({ query });
  };
  const refused = (res: request.Response) => {
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
  };

  it.each(WITHOUT_DATA)('answers %s over POST with UNAUTHENTICATED only', async (_what, query) => {
    refused(await post(query));
    refused(await post(query, 'Bearer not.a.token'));
    refused(await post(query, `Basic ${Buffer.from('a:b').toString('base64')}`));
  });

  it.each([
    ['a figure file', '/figures/tipFunnel.csv?year=2025&groupBy=REGION'],
    ['a figure file with bad parameters', '/figures/tipFunnel.json?year=x'],
    ['a figure that is not one', '/figures/nope.csv'],
  ])('answers %s with UNAUTHENTICATED only', async (_what, path) => {
    refused(await request(t.app.getHttpServer()).get(path));
    refused(await request(t.app.getHttpServer()).get(path).set('authorization', 'Bearer not.a.token'));
  });

  it('answers a GET query with UNAUTHENTICATED only', async () => {
    refused(
      await request(t.app.getHttpServer())
        .get('/graphql')
        .set('apollo-require-preflight', 'true')
        .query({ query: '{ __typename }' }),
    );
  });

  it(`answers a verified token's introspection ${mode === 'production' ? 'with a refusal' : 'with the schema'}`, async () => {
    const res = await post('{ __schema { queryType { name } } }', `Bearer ${t.tokens.AUDITOR}`);
    if (mode === 'production') expect(res.body.errors[0].message).toMatch(/introspection is not allowed/);
    else expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers /health and the page without a token', async () => {
    await ensureWebBuild();
    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    expect(Object.keys(health.body.info).sort()).toEqual(['projections', 'store']);
    expect((await request(t.app.getHttpServer()).get('/')).status).toBe(200);
  }, 120_000); // the web app is built first when it is missing (npm test builds it before Jest)

  it(`${mode === 'production' ? 'has no' : 'answers'} /dev-tokens for a browser on this machine`, async () => {
    const res = await request(t.app.getHttpServer()).get('/dev-tokens').set('host', 'localhost');
    expect(res.status).toBe(mode === 'production' ? 404 : 200);
  });
});
