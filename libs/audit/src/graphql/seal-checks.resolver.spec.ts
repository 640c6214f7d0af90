import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { EventCatalog, PersonDirectory } from '@samverkan/core';
import { SqliteEventStore } from '@samverkan/event-store';
import type { EventStore } from '@samverkan/event-store';
import { esfReportHash } from '../esf/esf-content';
import type { EsfReadModel } from '../esf/esf-reading';
import { headsAt } from '../integrity/digest';
import type { SealView } from '../sealing/esf-seals';
import { ComparedAmendments, SEAL, SealChecksResolver } from './seal-checks.resolver';

/**
 * Given a seal's amendments, when a query asks whether the seal holds, then the trail up to the
 * seal is walked only for the fields that need it, and once for an answer asking several.
 */
describe('The seal checks, resolved only when asked', () => {
  let dir: string;
  let store: SqliteEventStore;
  let walks: number;
  let resolver: SealChecksResolver;
  let answer: (seal?: Partial<SealView>) => ComparedAmendments;
  const empty = esfReportHash({ activities: [], decisions: [] });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-seal-checks-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const { position } = await store.append('forum-a', [
      { id: randomUUID(), type: 'ForumEstablished', data: {}, metadata: {} },
    ]);
    const { root } = await headsAt(store, position);
    // A catalog without reporters: both reports are empty and read nothing, so every read is a walk.
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'readAll') walks++;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as EventStore;
    const noReadModel = { reading: () => ({ position: null }) } as unknown as EsfReadModel;
    resolver = new SealChecksResolver(counting, new EventCatalog(), {} as PersonDirectory, noReadModel);
    answer = (seal = {}) =>
      ({
        [SEAL]: {
          position,
          integrityRoot: root,
          contentHash: empty,
          from: '2025-01-01',
          to: '2025-12-31',
          reportFormat: 2,
          ...seal,
        },
      }) as unknown as ComparedAmendments;
  });
  beforeEach(() => (walks = 0));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('walks once for an answer that asks every check', async () => {
    const a = answer();
    const checks = await Promise.all([
      resolver.rootHolds(a),
      resolver.holds(a),
      resolver.contentHolds(a),
      resolver.recomputedHash(a),
      resolver.currentHash(a),
    ]);
    expect(checks).toEqual([true, true, true, empty, empty]);
    expect(walks).toBe(1);
  });

  it('walks again for another answer, and says when the root differs', async () => {
    await expect(resolver.rootHolds(answer({ integrityRoot: 'another root' }))).resolves.toBe(false);
    await expect(resolver.holds(answer({ integrityRoot: 'another root' }))).resolves.toBe(false);
    expect(walks).toBe(2);
  });

  it('does not walk for holds when the recomputed report already differs from the seal', async () => {
    const a = answer({ contentHash: 'another hash' });
    await expect(resolver.holds(a)).resolves.toBe(false);
    await expect(resolver.contentHolds(a)).resolves.toBe(false);
    expect(walks).toBe(0);
  });
});
