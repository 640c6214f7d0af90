import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, specifiedRules, validate } from 'graphql';
import { GraphqlLimits } from '../../apps/api/src/graphql/limits';
import { startTestApp, TestApp } from '../support/test-app';

const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
describe('scratch', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(() => t.close());
  it('measures', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const limits = t.app.get(GraphqlLimits);
    const docs: Record<string, string> = {
      intro: require('graphql').getIntrospectionQuery(),
      sameName: `{ ${times(180, () => 'timeline(first: 1) { edges { node { position } } }')} }`,
      sameLeaf: `{ ${times(2900, () => 'regions')} }`,
      typename: `{ ${times(2900, () => '__typename')} }`,
      spreads: `{ ${times(25, (i) => `...F${i % 5}`)} } ${times(5, (i) => `fragment F${i} on Query { ${times(5, (j) => `...G${j}`)} timeline(first: 1) { edges { node { position type } } } }`)} ${times(5, (j) => `fragment G${j} on Query { timeline(first: 1) { edges { node { position stream module ${times(40, () => 'type')} } } } }`)}`,
      nested: `{ timeline(first: 1) { edges { node { ${times(20, () => 'actor { role organisation id }')} } } } ${times(20, (i) => `t${i}: timeline(first: 1) { edges { node { ${times(20, () => 'actor { role organisation id }')} } } }`)} }`,
    };
    for (const [name, q] of [...Object.entries(docs), ...Object.entries(docs), ...Object.entries(docs)]) {
      let s = Date.now();
      let doc;
      try { doc = parse(q, limits.parseOptions); } catch (e) { console.log(name, 'parse', (e as Error).message); continue; }
      const p = Date.now() - s; s = Date.now();
      const b = validate(schema, doc, limits.validationRules); const bt = Date.now() - s; s = Date.now(); require('../../apps/api/src/graphql/document-bounds').documentBoundsErrors(doc, { maxDepth: 10, maxAliases: 30, maxFragments: 30, maxFragmentSpreads: 50, maxDirectives: 30 }); const dt = Date.now() - s; s = Date.now(); validate(schema, doc, []); const et = Date.now() - s; s = Date.now();
      const v = validate(schema, doc, specifiedRules); const vt = Date.now() - s; s = Date.now();
      const c = limits.operationErrors(schema, doc, {}); const ct = Date.now() - s; let nodes = 0; try { require('graphql-query-complexity').getComplexity({ schema, query: doc, estimators: [() => 1], maxQueryNodes: 1e9 }); } catch {} 
      console.log(name, q.length, { p, bt, dt, et, vt, ct }, b.map((e) => e.message).slice(0, 1), v.map((e) => e.message).slice(0, 1), c.map((e) => e.message).slice(0, 1));
    }
  });
});
