import { ok, TestApp } from './test-app';

/** The auditor's timeline entries that match `filter`, in order, with `fields` of each (the first 100). */
export async function timelineEntries(t: TestApp, filter: Record<string, unknown>, fields: string): Promise<any[]> {
  const query = `query($filter: TimelineFilterInput) { timeline(filter: $filter, first: 100) { edges { node { ${fields} } } } }`;
  const data = await ok(t.gql('AUDITOR', query, { filter }));
  return data.timeline.edges.map((e: { node: unknown }) => e.node);
}

/** The decisions of a module on the auditor's timeline, in its order, with `fields` of each (type and reason unless told). */
export const decisionsOf = (t: TestApp, module: string, fields = 'type reason') =>
  timelineEntries(t, { module, kind: 'decision' }, fields);

/**
 * Cancels by decision as `token`, with the reason, and checks that the entity the answer carries
 * (`entityOf` picks it out) is cancelled for that reason; returns the entity.
 */
export async function expectCancelled(
  t: TestApp,
  token: string,
  mutation: string,
  input: Record<string, unknown>,
  reason: string,
  entityOf: (data: any) => Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const entity = entityOf(await ok(t.gql(token, mutation, { input: { ...input, reason } })));
  expect(entity).toMatchObject({ status: 'CANCELLED', cancellationReason: reason });
  return entity;
}
