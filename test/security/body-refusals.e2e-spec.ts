import request from 'supertest';
import { useTestApp } from '../support/test-app';

/** A body the parser refuses is answered as GraphQL answers every other refusal: `errors[]` with a code. */
describe('Bodies the server cannot read, refused in the GraphQL shape', () => {
  const t = useTestApp({ env: { MAX_BODY_BYTES: '2048' } });

  const post = (body: string | Buffer, contentType = 'application/json') =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', contentType)
      .set('authorization', `Bearer ${t.tokens.AUDITOR}`)
      .send(body);
  const refusal = (res: request.Response) => {
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.js|SyntaxError/);
    expect(res.body.errors).toHaveLength(1);
    return res.body.errors[0] as { message: string; extensions: { code: string } };
  };

  it.each([
    ['a truncated object', '{"query": "{ regions }"'],
    ['a trailing comma', '{"query": "{ regions }",}'],
    ['single quotes', "{'query': '{ regions }'}"],
    ['a bare word in strict JSON', 'regions'],
  ])('answers %s with 400 and code BAD_REQUEST', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(refusal(res).extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a charset it cannot decode with 415 and code UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await post('{"query": "{ regions }"}', 'application/json; charset=klingon-8');
    expect(res.status).toBe(415);
    expect(refusal(res).extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over MAX_BODY_BYTES with 413 and code PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: '{ regions }', variables: { pad: 'x'.repeat(5000) } }));
    expect(res.status).toBe(413);
    expect(refusal(res).extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still answers a well-formed body after refusing broken ones', async () => {
    const res = await post(JSON.stringify({ query: '{ regions }' }));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});
