import { ok, TestApp } from './test-app';

/** The decisions of a module on the auditor's timeline, in its order, with `fields` of each (type and reason unless told). */
export async function decisionsOf(t: TestApp, module: string, fields = 'type reason'): Promise<any[]> {
  const data = await ok(
    t.gql('AUDITOR', `{ timeline(filter: { module: "${module}", kind: decision }) { edges { node { ${fields} } } } }`),
  );
  return data.timeline.edges.map((e: { node: unknown }) => e.node);
}
