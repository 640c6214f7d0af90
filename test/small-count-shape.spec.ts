import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLNamedType, isNonNullType, isObjectType } from 'graphql';

/**
 * Small-number suppression has one cell shape in every dashboard query (`SmallCount`: value,
 * suppressed, display), read from the committed schema.gql as a client would see it.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));

/** The figures whose counts the DASHBOARD role reads suppressed (libs/core/src/graphql/suppression). */
const DASHBOARD_QUERIES = ['tipFunnel', 'inspectionsDashboard', 'forumCadence', 'dialogueCoverage', 'obligationCounts'];

function reachable(from: GraphQLNamedType, seen = new Map<string, GraphQLNamedType>()): Map<string, GraphQLNamedType> {
  if (seen.has(from.name) || !isObjectType(from)) return seen;
  seen.set(from.name, from);
  for (const field of Object.values(from.getFields())) reachable(getNamedType(field.type), seen);
  return seen;
}

describe('The small-number cell', () => {
  const query = schema.getQueryType()!.getFields();
  const types = new Map(DASHBOARD_QUERIES.flatMap((name) => [...reachable(getNamedType(query[name].type))]));

  it('is one type: no other carries a suppression label', () => {
    const labelled = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && 'suppressed' in type.getFields() && 'display' in type.getFields(),
    );
    expect(labelled.map((type) => type.name)).toEqual(['SmallCount']);
  });

  it('is what every dashboard query counts in: no count there is a bare nullable Int', () => {
    expect(types.has('SmallCount')).toBe(true);
    const bare = [...types.values()]
      .filter((type) => type.name !== 'SmallCount')
      .flatMap((type) =>
        isObjectType(type)
          ? Object.values(type.getFields())
              .filter((field) => getNamedType(field.type).name === 'Int' && !isNonNullType(field.type))
              .map((field) => `${type.name}.${field.name}`)
          : [],
      );
    expect(bare).toEqual([]);
  });
});
