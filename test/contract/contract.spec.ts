import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { stockholmDate } from '@samverkan/core/domain';
import { contractProblems, listedChanges, undatedDeprecations } from './contract-check';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('The GraphQL contract (schema.gql against contract/schema.released.gql)', () => {
  it('has no breaking change that contract/CHANGELOG.md does not list with its reason', async () => {
    const problems = await contractProblems(
      buildSchema(read('contract/schema.released.gql')),
      buildSchema(read('schema.gql')),
      read('contract/CHANGELOG.md'),
      stockholmDate(new Date()),
    );
    expect(problems).toEqual([]);
  });

  it('dates every deprecation: "removed after YYYY-MM-DD"', () => {
    expect(undatedDeprecations(buildSchema(read('schema.gql')))).toEqual([]);
  });
});

describe('The contract check', () => {
  const released = buildSchema(`
    type Query {
      tipFunnel(year: Int!): Funnel
      regions: [String!]!
      oldFigure: Int @deprecated(reason: "Use tipFunnel; removed after 2026-06-30")
      laterFigure: Int @deprecated(reason: "Use tipFunnel; removed after 2027-06-30")
    }
    type Funnel { impulses: Int tips: Int }
  `);
  const today = '2026-12-04';
  const changelog = (...entries: string[]) =>
    ['# Changelog', '', '## Unreleased', '', ...entries, '', '## 0.1.0', '', '- FIELD_REMOVED `Funnel.tips`: old'].join(
      '\n',
    );
  const changed = (query: string, funnel = 'type Funnel { impulses: Int tips: Int }') =>
    buildSchema(`type Query { ${query} } ${funnel}`);
  const unchangedQuery = `tipFunnel(year: Int!): Funnel regions: [String!]!
    oldFigure: Int @deprecated(reason: "Use tipFunnel; removed after 2026-06-30")
    laterFigure: Int @deprecated(reason: "Use tipFunnel; removed after 2027-06-30")`;

  it('given an unlisted removed field, fails naming it', async () => {
    const current = changed(unchangedQuery, 'type Funnel { impulses: Int }');
    const problems = await contractProblems(released, current, changelog(), today);
    expect(problems).toEqual([expect.stringContaining('FIELD_REMOVED `Funnel.tips`')]);
  });

  it('given an unlisted changed argument type, fails naming it', async () => {
    const current = changed(unchangedQuery.replace('year: Int!', 'year: String!'));
    const problems = await contractProblems(released, current, changelog(), today);
    expect(problems).toEqual([expect.stringContaining('FIELD_ARGUMENT_TYPE_CHANGED `Query.tipFunnel.year`')]);
  });

  it('given an unlisted new required argument, fails', async () => {
    const current = changed(unchangedQuery.replace('year: Int!', 'year: Int!, region: String!'));
    const problems = await contractProblems(released, current, changelog(), today);
    expect(problems).toEqual([expect.stringContaining('`Query.tipFunnel.region`')]);
  });

  it('given the same breaking change listed with its reason, passes', async () => {
    const current = changed(unchangedQuery.replace('year: Int!', 'year: String!'));
    const listed = changelog('- FIELD_ARGUMENT_TYPE_CHANGED `Query.tipFunnel.year`: years carry their era now.');
    expect(await contractProblems(released, current, listed, today)).toEqual([]);
  });

  it('given a listing left from an earlier release only, still fails', async () => {
    const current = changed(unchangedQuery, 'type Funnel { impulses: Int }');
    const problems = await contractProblems(released, current, changelog(), today);
    expect(problems).toHaveLength(1);
  });

  it('given a listing without a reason, fails', async () => {
    const current = changed(unchangedQuery.replace('year: Int!', 'year: String!'));
    const listed = changelog('- FIELD_ARGUMENT_TYPE_CHANGED `Query.tipFunnel.year`:');
    expect(await contractProblems(released, current, listed, today)).toEqual([
      expect.stringContaining('listed without a reason'),
    ]);
  });

  it('given a listed removal of a field deprecated until a date now past, passes', async () => {
    const current = changed(unchangedQuery.replace(/oldFigure[^\n]*\n/, ''));
    const listed = changelog('- FIELD_REMOVED `Query.oldFigure`: announced in 0.1.0, date passed.');
    expect(await contractProblems(released, current, listed, today)).toEqual([]);
  });

  it('given a listed removal before its announced date, fails', async () => {
    const current = changed(unchangedQuery.replace(/laterFigure[^\n]*/, ''));
    const listed = changelog('- FIELD_REMOVED `Query.laterFigure`: we are in a hurry.');
    expect(await contractProblems(released, current, listed, today)).toEqual([
      'Query.laterFigure was removed before its announced date (2027-06-30)',
    ]);
  });

  it('given a listed removal of a field never deprecated, fails', async () => {
    const current = changed(unchangedQuery.replace('regions: [String!]!', ''));
    const listed = changelog('- FIELD_REMOVED `Query.regions`: nobody uses it.');
    expect(await contractProblems(released, current, listed, today)).toEqual([
      'Query.regions was removed without being deprecated with a date first',
    ]);
  });

  it('given a new deprecation three months ahead, passes; one sooner, fails naming it', async () => {
    const deprecate = (date: string) =>
      changed(
        unchangedQuery.replace(
          'regions: [String!]!',
          `regions: [String!]! @deprecated(reason: "Use x; removed after ${date}")`,
        ),
      );
    expect(await contractProblems(released, deprecate('2027-03-04'), changelog(), today)).toEqual([]);
    expect(await contractProblems(released, deprecate('2027-03-01'), changelog(), today)).toEqual([
      "Query.regions is newly deprecated with less than 90 days' notice (removed after 2027-03-01)",
    ]);
  });

  it('given a listing that matches no change, fails', async () => {
    const listed = changelog('- FIELD_REMOVED `Query.regions`: planned.');
    expect(await contractProblems(released, changed(unchangedQuery), listed, today)).toEqual([
      expect.stringContaining('which is no breaking change'),
    ]);
  });

  it('lets additions pass unlisted', async () => {
    const current = changed(
      `${unchangedQuery} newFigure: Int`,
      'type Funnel { impulses: Int tips: Int noActions: Int }',
    );
    expect(await contractProblems(released, current, changelog(), today)).toEqual([]);
  });

  it('reads only the Unreleased section of the changelog', () => {
    expect(listedChanges(changelog('- TYPE_REMOVED `Funnel`: merged into TipFunnel.'))).toEqual([
      { type: 'TYPE_REMOVED', path: 'Funnel', reason: 'merged into TipFunnel.' },
    ]);
  });

  it('finds deprecations without a date, and real dates only', () => {
    const schema = buildSchema(`
      type Query {
        a: Int @deprecated(reason: "Use b; removed after 2027-01-31")
        b(old: Int @deprecated(reason: "Unused")): Int
        c: Int @deprecated(reason: "removed after 2027-02-30")
      }
      enum Level { WORKPLACE PRINCIPAL @deprecated }
    `);
    expect(undatedDeprecations(schema).map((p) => p.split(' ')[0])).toEqual([
      'Query.b.old',
      'Query.c',
      'Level.PRINCIPAL',
    ]);
  });
});
