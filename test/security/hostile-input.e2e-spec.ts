import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import request from 'supertest';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { accessMatrix } from '../../apps/api/src/security/access-matrix';
import { mutationText } from '../support/schema-inputs';
import { useTestApp } from '../support/test-app';

/** The codes a refusal may carry: each says what kind of problem it is. */
const TYPED = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'DOMAIN_RULE_VIOLATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'QUERY_TOO_COSTLY',
]);

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '2025-02-30',
  '19900101-1234',
  '199001011234',
  "'; DROP TABLE events; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '𝔖𝔞𝔪𝔳𝔢𝔯𝔨𝔞𝔫',
  'x'.repeat(5000),
  '556074-3089',
  'forum-norr',
  '-1',
  'NaN',
);

/** Values that fit the GraphQL type (so they reach our validation and rules), wildly. */
function valueOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType);
  if (isListType(type)) return fc.array(valueOf(type.ofType), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 2147483647));
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return fc
          .date({ noInvalidDate: true, min: new Date('0001-01-01'), max: new Date('9999-12-31') })
          .map((d) => d.toISOString());
      default:
        return fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nasty);
    }
  }
  throw new Error(`no arbitrary for ${String(type)}`);
}

/** Values of any JSON shape, for variables that must not fit. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

describe('Hostile input to every mutation', () => {
  const t = useTestApp();
  let head: () => Promise<bigint | null>;
  beforeAll(async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    head = () => store.headPosition();
  });

  /** Sends one mutation; a refusal must be typed, never a 500, and must append nothing. */
  async function probe(role: string, query: string, variables: unknown): Promise<string | null> {
    const before = await head();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${t.tokens[role]}`)
      .send({ query, variables });
    const errors: { extensions?: { code?: string } }[] = res.body?.errors ?? [];
    if (res.status >= 500) return `HTTP ${res.status}: ${res.text.slice(0, 300)}`;
    const untyped = errors.find((e) => !TYPED.has(e.extensions?.code ?? ''));
    if (untyped) return `untyped error ${JSON.stringify(untyped).slice(0, 300)}`;
    if (errors.length > 0 && (await head()) !== before) return 'a refused command appended events';
    return null;
  }

  it('answers random inputs of the right GraphQL shape with typed errors or success, never a 500', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = schema.getMutationType()!.getFields();
    const roles = new Map(accessMatrix(t.app).map((o) => [o.name, o.roles[0]]));
    const problems: string[] = [];
    for (const field of Object.values(fields)) {
      const query = mutationText(field);
      const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type)])));
      await fc
        .assert(
          fc.asyncProperty(args, async (variables) => {
            const problem = await probe(roles.get(field.name)!, query, variables);
            if (problem) problems.push(`${field.name} ${JSON.stringify(variables).slice(0, 200)}: ${problem}`);
            return problem === null;
          }),
          { numRuns: 15, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('answers variables of the wrong shape and malformed requests with 400s, appending nothing', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = Object.values(schema.getMutationType()!.getFields());
    const problems: string[] = [];
    await fc
      .assert(
        fc.asyncProperty(fc.constantFrom(...fields), anyJson, async (field, input) => {
          const problem = await probe('STEERING_GROUP', mutationText(field), { input });
          if (problem) problems.push(`${field.name} ${JSON.stringify(input).slice(0, 200)}: ${problem}`);
          return problem === null;
        }),
        { numRuns: 150 },
      )
      .catch(() => undefined);
    for (const body of [
      '{',
      'null',
      '[]',
      '{"query": 42}',
      '{"query": "mutation { "}',
      '{"query": "{ __typename }", "variables": "x"}',
    ]) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${t.tokens.STEERING_GROUP}`)
        .send(body);
      if (res.status >= 500 || res.status === 200)
        problems.push(`body ${body}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
