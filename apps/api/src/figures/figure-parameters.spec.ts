import { buildSchema, GraphQLField } from 'graphql';
import { InputValidationError } from '@samverkan/core';
import { figureArguments } from './figure-parameters';

const schema = buildSchema(`
  enum FunnelGrouping { INDUSTRY QUARTER REGION }
  type Query {
    tipFunnel(year: Int!, groupBy: FunnelGrouping!): Int
    inspectionsDashboard(campaignId: String!): Int
    knowledgeReach(kind: String): Int
  }
`);
const field = (name: string) => schema.getQueryType()!.getFields()[name] as GraphQLField<unknown, unknown>;

/** The fields a refusal names, or the arguments read. */
function read(name: string, query: Record<string, unknown>) {
  try {
    return figureArguments(field(name), query);
  } catch (error) {
    if (!(error instanceof InputValidationError)) throw error;
    return { refused: error.fields.map((f) => f.field) };
  }
}

describe('A figure file’s parameters', () => {
  it('given the query string of a year and a grouping, reads an Int and an enum value', () => {
    expect(read('tipFunnel', { year: '2025', groupBy: 'REGION' })).toEqual({ year: 2025, groupBy: 'REGION' });
  });

  it('given a string argument, passes it as it is', () => {
    expect(read('inspectionsDashboard', { campaignId: 'campaign-01J' })).toEqual({ campaignId: 'campaign-01J' });
  });

  it('given no optional argument, leaves it out', () => {
    expect(read('knowledgeReach', {})).toEqual({});
  });

  it.each([
    [{ year: '2025.5', groupBy: 'REGION' }, ['year']],
    [{ year: '99999999999', groupBy: 'REGION' }, ['year']],
    [{ year: '2025', groupBy: 'region' }, ['groupBy']],
    [{ groupBy: 'REGION' }, ['year']],
    [{ year: '', groupBy: '' }, ['year', 'groupBy']],
    [{ year: ['2025', '2026'], groupBy: 'REGION' }, ['year']],
    [{ year: '2025', groupBy: 'REGION', format: 'xlsx' }, ['format']],
  ])('given %j, names %j', (query, fields) => {
    expect(read('tipFunnel', query)).toEqual({ refused: fields });
  });
});
