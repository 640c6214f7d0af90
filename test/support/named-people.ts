import { PersonDirectory } from '@samverkan/core';
import { GraphQLResponse, refusalOf, TestApp } from './test-app';

/**
 * The names in the person directory that contain the marker, sorted: each test names its people
 * with a marker of its own, so the answer is exactly the people that test's requests left behind.
 */
export function namesMarked(t: TestApp, marker: string): string[] {
  return t.app
    .get(PersonDirectory)
    .search(marker)
    .map((p) => p.name ?? '')
    .sort();
}

/** A request that must be refused with `expected`, and must leave no name with the marker behind. */
export async function expectRefusedWithoutNames(
  t: TestApp,
  answer: Promise<GraphQLResponse>,
  expected: string,
  marker: string,
): Promise<void> {
  const res = await answer;
  expect(res.data ?? null).toBeNull();
  expect(refusalOf(res)).toBe(expected);
  expect(namesMarked(t, marker)).toEqual([]);
}

/** One row of a refusal table: who sends the request, its variables, and the refusal expected. */
export type Refusal = [role: string, variables: Record<string, unknown>, expected: string];

/** Each request of the table, sent in turn, is refused as expected and leaves no name with the marker. */
export async function expectEachRefusedWithoutNames(
  t: TestApp,
  query: string,
  marker: string,
  refusals: Refusal[],
): Promise<void> {
  for (const [role, variables, expected] of refusals)
    await expectRefusedWithoutNames(t, t.gql(role, query, variables), expected, marker);
}
