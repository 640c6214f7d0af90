import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import type { EventStore } from '@samverkan/event-store';
import { headsAt } from '../integrity/digest';
import { ComparedAmendments, SealChecksResolver } from './seal-checks.resolver';

/**
 * Given a seal's comparison, when the client asks whether the trail holds, then the trail up to
 * the seal is walked only for the fields that need it, and once for a query asking both.
 */
describe('The seal check, resolved only when asked', () => {
  let dir: string;
  let store: SqliteEventStore;
  let reads: number;
  let resolver: SealChecksResolver;
  let comparison: (contentHolds: boolean, integrityRoot?: string) => ComparedAmendments;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-seal-checks-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const { position } = await store.append('forum-a', [
      { id: randomUUID(), type: 'ForumEstablished', data: {}, metadata: {} },
    ]);
    const { root } = await headsAt(store, position);
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'readAll') reads++;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as EventStore;
    resolver = new SealChecksResolver(counting);
    comparison = (contentHolds, integrityRoot = root) =>
      ({ contentHolds, seal: { position: position.toString(), integrityRoot } }) as unknown as ComparedAmendments;
  });
  beforeEach(() => (reads = 0));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('walks once for a query that asks both rootHolds and holds', async () => {
    const a = comparison(true);
    await expect(Promise.all([resolver.rootHolds(a), resolver.holds(a)])).resolves.toEqual([true, true]);
    expect(reads).toBe(1);
  });

  it('walks again for another request, and says when the root differs', async () => {
    await expect(resolver.rootHolds(comparison(true, 'another root'))).resolves.toBe(false);
    await expect(resolver.holds(comparison(true, 'another root'))).resolves.toBe(false);
    expect(reads).toBe(2);
  });

  it('does not walk for holds when the recomputed report already differs from the seal', async () => {
    await expect(resolver.holds(comparison(false))).resolves.toBe(false);
    expect(reads).toBe(0);
  });
});
