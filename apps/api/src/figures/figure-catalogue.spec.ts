import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ProjectionRunner } from '@samverkan/core';
import { FIGURES } from './figure-catalogue';
import { FigureReader } from './figure-reader';

/** The committed contract, as a client reads it: the files' queries must fit it. */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'schema.gql'), 'utf8'));
const reader = new FigureReader({ schema } as GraphQLSchemaHost, {} as ProjectionRunner);

describe('The figures offered as files', () => {
  it('are the seven dashboard figures', () => {
    expect([...FIGURES.keys()].sort()).toEqual(
      [
        'dialogueCoverage',
        'forumCadence',
        'inspectionsDashboard',
        'knowledgeReach',
        'obligationCounts',
        'planVersusActual',
        'tipFunnel',
      ].sort(),
    );
  });

  it.each([...FIGURES.values()].map((f) => [f.name, f]))('reads %s with a query that fits schema.gql', (_, figure) => {
    expect(validate(schema, parse(reader.queryOf(figure))).map((e) => e.message)).toEqual([]);
  });
});
