import { seedTipYear } from '@samverkan/demo';
import { CompiledExecutor, COMPILE_AFTER } from '../apps/api/src/graphql/compiled-executor';
import { demoSendOf, smallTipYear } from './support/demo-workspace';
import { useTestApp } from './support/test-app';

const ENTRY = `position eventId stream module revision type kind occurredAt occurredFrom occurredDerived recordedAt
  daysLate lateEntry actor { id name organisation role } reason correlationId causationId commandId summary data
  contentHidden corrects { eventId position reason } correctedBy { eventId position reason }`;
const FIGURES = `impulses { value suppressed display } tips { value suppressed display }
  directActions { value suppressed display } noActionReasons { reason label count { value suppressed display } }`;

/** Queries of every shape the API answers: lists, scalars, enums, JSON, suppression, errors, introspection. */
const QUERIES: { name: string; role: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'a timeline page with every field',
    role: 'AUDITOR',
    query: `{ timeline(first: 30) { edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'the timeline with variables, aliases and a fragment',
    role: 'STEERING_GROUP',
    query: `query Page($n: Int!) { a: timeline(first: $n, filter: { module: "tips" }) { ...Page } b: timeline(first: 2) { ...Page } }
      fragment Page on TimelineConnection { edges { node { __typename position type summary contentHidden data } } }`,
    variables: { n: 5 },
  },
  {
    name: 'the funnel with small numbers suppressed',
    role: 'DASHBOARD',
    query: `{ tipFunnel(year: 2024, groupBy: REGION) { year groupBy suppressed total { ${FIGURES} } groups { key label figures { ${FIGURES} } } } }`,
  },
  {
    name: 'a field the role may not read',
    role: 'DASHBOARD',
    query: '{ timeline(first: 1) { edges { node { type } } } }',
  },
  {
    name: 'an argument the resolver refuses',
    role: 'AUDITOR',
    query: '{ entityHistory(stream: "no dash", first: 1) { edges { node { type } } } }',
  },
  { name: 'introspection', role: 'AUDITOR', query: '{ __type(name: "TimelineEntry") { name kind fields { name } } }' },
];

/**
 * Queries that repeat run compiled (graphql-jit) instead of through graphql-js: the answers, data
 * and errors alike, are the same byte for byte.
 */
describe('Compiled execution of repeated queries', () => {
  const t = useTestApp();
  const compiledFor = jest.spyOn(
    CompiledExecutor.prototype as unknown as { compiledFor: () => unknown },
    'compiledFor',
  );

  beforeAll(async () => {
    await seedTipYear(demoSendOf(t), smallTipYear());
  }, 60_000);

  afterAll(() => compiledFor.mockRestore());

  it.each(QUERIES)('answers $name the same once compiled', async ({ role, query, variables }) => {
    // given the first answers, from graphql-js
    compiledFor.mockClear();
    const first = await t.gql(role, query, variables);
    for (let i = 1; i < COMPILE_AFTER - 1; i++) await t.gql(role, query, variables);
    // when the same query comes again
    const compiled = await t.gql(role, query, variables);
    const again = await t.gql(role, query, variables);
    // then it ran compiled, and answered as graphql-js did
    expect(compiledFor.mock.results.at(-1)?.value).not.toBeNull();
    expect(compiledFor.mock.results[0].value).toBeNull();
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(first));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('runs a mutation through graphql-js, however often it comes', async () => {
    // given
    compiledFor.mockClear();
    const mutation = 'mutation { __typename }';
    // when
    for (let i = 0; i < COMPILE_AFTER + 1; i++) await t.gql('AUDITOR', mutation);
    // then
    expect(compiledFor.mock.results.map((r) => r.value)).toEqual(Array(COMPILE_AFTER + 1).fill(null));
  });
});
