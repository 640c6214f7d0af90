import type { ModuleEvents } from '@samverkan/core';
import type { DemoSeed } from '../demo-requests';
import { DemoStore, openDemoStore } from './demo-store';

/** A person a seed named: the id the endpoint derived, and the name the demo gave. */
export type NamedInSeed = readonly [id: string, name: string];

/** Each name is in the person directory under its id, and events carry the id, never the name. */
export async function expectNamedOnlyInDirectory(store: DemoStore, named: readonly NamedInSeed[]): Promise<void> {
  expect(named.length).toBeGreaterThan(0);
  const stored = JSON.stringify((await store.store.readAll()).map((e) => e.data));
  for (const [id, name] of named) {
    expect(store.persons.find(id)?.name).toBe(name);
    expect(stored).toContain(id);
    expect(stored).not.toContain(name);
  }
}

/** A second run of the seed replays every request: nothing appended, no one new named. */
export async function expectSecondRunReplays(
  store: DemoStore,
  seed: (store: DemoStore) => Promise<void>,
  requests: number,
): Promise<void> {
  const head = await store.store.headPosition();
  const people = store.persons.count();
  const before = store.sent.length;
  await seed(store);
  const again = store.sent.slice(before);
  expect(again).toHaveLength(requests);
  expect(again.every((s) => s.sent.replayed)).toBe(true);
  expect(await store.store.headPosition()).toBe(head);
  expect(store.persons.count()).toBe(people);
}

/** A seed under test: what it sends, and how many requests that is. */
export type SeedUnderTest = Pick<DemoSeed, 'send' | 'count'>;

/**
 * A store of the modules with the seed run into it, after `given` (the demos it builds on); the
 * seed ticks once per request it sends.
 */
export async function seededDemoStore(
  modules: readonly ModuleEvents[],
  { send, count }: SeedUnderTest,
  given: (store: DemoStore) => Promise<void> = async () => undefined,
): Promise<DemoStore> {
  const store = openDemoStore(modules);
  await given(store);
  let ticks = 0;
  await send(store, () => ticks++);
  expect(ticks).toBe(count());
  return store;
}

/** The describe block's seeded store (see seededDemoStore): opened before its tests, closed after them. */
export function useSeededDemoStore(...args: Parameters<typeof seededDemoStore>): { readonly store: DemoStore } {
  const seeded = {} as { store: DemoStore };
  beforeAll(async () => {
    seeded.store = await seededDemoStore(...args);
  }, 60_000);
  afterAll(() => seeded.store.close());
  return seeded;
}

/** Every request has a command id of its own, and a second run of the seed replays every one. */
export async function expectStableSecondRun(store: DemoStore, seed: DemoSeed): Promise<void> {
  const ids = seed.commandIds();
  expect(new Set(ids).size).toBe(ids.length);
  await expectSecondRunReplays(store, seed.send, seed.count());
}
