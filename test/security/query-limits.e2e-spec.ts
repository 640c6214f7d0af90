import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { Answer, Operation, sendOver, Transport, TRANSPORTS } from '../support/graphql-transports';
import { startTestApp, useTestApp } from '../support/test-app';

const LIMITS = { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '3000', MAX_BODY_BYTES: '8192', GRAPHQL_MAX_TOKENS: '400' };
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

/** `count` copies of `part(i)`. */
const times = (count: number, part: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => part(i)).join(' ');

/**
 * Fragments that spread each other three times over: the text is small, the expansion thousands of
 * selections, each skipped so that it costs nothing. The cost library stops at its node limit.
 */
const EXPANDING = [
  'fragment F0 on Query { __typename @skip(if: true) }',
  ...Array.from({ length: 7 }, (_, k) => `fragment F${k + 1} on Query { ...F${k} ...F${k} ...F${k} }`),
].join('\n');

/**
 * Queries that would cost the server too much are refused before they run, with the same clear
 * errors whether they come as a POST, a GET or a message on the websocket.
 */
describe.each(TRANSPORTS)('GraphQL limits over %s', (transport: Transport) => {
  const t = useTestApp({ env: LIMITS });
  const send = (operation: Operation, token: string | null = t.tokens.AUDITOR) =>
    sendOver(transport, t.app.getHttpServer(), token, operation);
  const refusedBeforeRunning = (answer: Answer, code: string) => {
    expect(codeOf(answer)).toBe(code);
    expect(answer.data ?? null).toBeNull();
    if (transport !== 'ws') expect(answer.status).toBe(400);
  };

  beforeAll(async () => {
    await t.app.listen(0);
  });

  it('refuses an over-deep query, naming the limit', async () => {
    const res = await send({ query: '{ timeline(first: 1) { edges { node { actor { name } } } } }' });
    refusedBeforeRunning(res, 'GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/exceeds maximum operation depth of 3/);
  });

  it('measures depth through fragments, however often they spread each other', async () => {
    const deep = await send({
      query:
        '{ ...A } fragment A on Query { timeline(first: 1) { ...B } } fragment B on TimelineConnection { edges { node { actor { name } } } }',
    });
    refusedBeforeRunning(deep, 'GRAPHQL_VALIDATION_FAILED');
    // Fragments each spreading the one before twice: a walk that re-reads each spread (as
    // graphql-depth-limit does) measures the deep field 2^(n-1) times. The limit is measured in the
    // same run: a chain of twenty is refused in about the time of a chain of ten (a walk that
    // re-reads spreads would take a thousand times as long), fastest of three against fastest of three.
    const chainOf = (n: number) =>
      [
        'fragment C0 on Query { timeline(first: 1) { edges { node { actor { name } } } } }',
        ...Array.from({ length: n - 1 }, (_, k) => `fragment C${k + 1} on Query { ...C${k} ...C${k} }`),
      ].join(' ');
    const fastestRefusal = async (n: number) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const answer = await send({ query: `{ ...C${n - 1} } ${chainOf(n)}` });
        best = Math.min(best, performance.now() - started);
        expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(answer.errors![0].message).toMatch(/exceeds maximum operation depth of 3/);
      }
      return best;
    };
    const ten = await fastestRefusal(10);
    const twenty = await fastestRefusal(20);
    expect(twenty / ten).toBeLessThan(10);
  });

  it('refuses an over-costly query, with its cost and the limit, and lets a modest one run', async () => {
    const costly = await send({
      query:
        '{ timeline(first: 500) { edges { node { position eventId stream module type summary occurredAt recordedAt } } } }',
    });
    refusedBeforeRunning(costly, 'QUERY_TOO_COSTLY');
    expect(costly.errors![0].extensions).toMatchObject({ limit: 3000 });
    expect(costly.errors![0].extensions!.cost).toBeGreaterThan(3000);
    const modest = await send({ query: '{ timeline(first: 50) { edges { node { position type } } } }' });
    expect(modest.errors).toBeUndefined();
    expect(modest.data.timeline.edges).toEqual([]);
  });

  it('counts variables too: a huge `first` passed as a variable is refused', async () => {
    const res = await send({
      query:
        'query($n: Int!) { timeline(first: $n) { edges { node { position eventId stream module type summary } } } }',
      variables: { n: 500 },
    });
    refusedBeforeRunning(res, 'QUERY_TOO_COSTLY');
  });

  it('answers variables that do not fit their types as BAD_USER_INPUT naming the variable, not as an unknown cost', async () => {
    const query =
      'query($n: Int!, $f: TimelineFilterInput) { timeline(first: $n, filter: $f) { edges { node { position } } } }';
    const wrongType = await send({ query, variables: { n: 'many' } });
    refusedBeforeRunning(wrongType, 'BAD_USER_INPUT');
    expect(wrongType.errors![0].extensions!.fields).toEqual([
      { field: '$n', messages: [expect.stringMatching(/Int cannot represent/)] },
    ]);
    const missing = await send({ query, variables: { f: { module: 'forums', nonsense: 1 } } });
    refusedBeforeRunning(missing, 'BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.fields.map((f: { field: string }) => f.field)).toEqual(['$n', '$f']);
  });

  it('refuses a query whose cost the library gives up on (its node limit), instead of skipping the limit', async () => {
    const res = await send({
      query: `{ timeline(first: 500) { edges { node { position eventId stream module type summary } } } ...F7 }\n${EXPANDING}`,
    });
    refusedBeforeRunning(res, 'QUERY_TOO_COSTLY');
    expect(res.errors![0].message).toMatch(/could not be computed/);
    const cheapButExpanding = await send({ query: `{ __typename ...F7 }\n${EXPANDING}` });
    refusedBeforeRunning(cheapButExpanding, 'QUERY_TOO_COSTLY');
  });

  it.each([
    ['aliases', 'GRAPHQL_MAX_ALIASES', `{ ${times(31, (i) => `a${i}: regions`)} }`],
    ['fragments', 'GRAPHQL_MAX_FRAGMENTS', `{ ${times(21, () => '... on Query { regions }')} }`],
    [
      'fragment spreads',
      'GRAPHQL_MAX_FRAGMENT_SPREADS',
      `{ ${times(41, () => '...R')} } fragment R on Query { regions }`,
    ],
    [
      'directives',
      'GRAPHQL_MAX_DIRECTIVES',
      `{ ${times(31, () => '...R @include(if: true)')} } fragment R on Query { regions }`,
    ],
    [
      'repeats of one field in a selection',
      'MAX_FIELD_REPEATS',
      `{ timeline(first: 1) { edges { ${times(4, () => 'node { position }')} } } }`,
    ],
    [
      'repeats of one field in a selection',
      'MAX_FIELD_REPEATS',
      `{ timeline(first: 1) { edges { ${times(4, () => '... on TimelineEdge { node { position } }')} } } }`,
    ],
  ])('bounds the %s in one document, naming the limit', async (what, limit, query) => {
    const res = await send({ query });
    refusedBeforeRunning(res, 'GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toContain(what);
    expect(res.errors![0].extensions).toMatchObject({ limit });
  });

  it('stops parsing a document with more tokens than the budget', async () => {
    const res = await send({ query: `{ ${times(400, () => 'regions')} }` });
    refusedBeforeRunning(res, 'GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/more tha[nt] 400 tokens/); // graphql-js spells it "more that";
  });

  it('answers introspection in development, and refuses it in production', async () => {
    const dev = await send({ query: getIntrospectionQuery() });
    expect(dev.data.__schema.queryType.name).toBe('Query');
    const prod = await startTestApp({ env: { ...LIMITS, NODE_ENV: 'production' } });
    try {
      await prod.app.listen(0);
      for (const query of [
        getIntrospectionQuery(),
        '{ __type(name: "Query") { name } }',
        '{ regions __schema { queryType { name } } }',
      ]) {
        const res = await sendOver(transport, prod.app.getHttpServer(), prod.tokens.AUDITOR, { query });
        expect(res.errors![0].message).toMatch(/introspection is not allowed/i);
        expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.data ?? null).toBeNull();
      }
      const typename = await sendOver(transport, prod.app.getHttpServer(), prod.tokens.AUDITOR, {
        query: '{ __typename }',
      });
      expect(typename.data).toEqual({ __typename: 'Query' });
    } finally {
      await prod.close();
    }
  });
});

/** What only HTTP has: bodies, batches, and methods. */
describe('GraphQL limits over HTTP only', () => {
  const t = useTestApp({ env: LIMITS });
  const post = (body: unknown) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${t.tokens.AUDITOR}`)
      .send(body as object);

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

  it('runs no mutation sent as a GET, and no GET without a CSRF-safe header', async () => {
    const mutation = await request(t.app.getHttpServer())
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .set('authorization', `Bearer ${t.tokens.STEERING_GROUP}`)
      .query({
        query:
          'mutation { establishForum(input: { forumId: "g", name: "G", region: "Skåne", establishedOn: "2024-09-01" }) { revision } }',
      });
    expect(mutation.status).toBe(405);
    const simple = await request(t.app.getHttpServer())
      .get('/graphql')
      .set('authorization', `Bearer ${t.tokens.AUDITOR}`)
      .query({ query: '{ regions }' });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/Cross-Site Request Forgery/i);
  });
});
