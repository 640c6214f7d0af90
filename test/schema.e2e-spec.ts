import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema } from '../apps/api/src/schema-file';
import { useTestApp } from './support/test-app';

describe('The committed schema.gql', () => {
  const t = useTestApp();

  it('is the schema the server serves (run `npm run schema` after changing the API)', () => {
    const served = renderSchema(t.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(committed).toBe(served);
  });
});
