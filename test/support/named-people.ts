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
