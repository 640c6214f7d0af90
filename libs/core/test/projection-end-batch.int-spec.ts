import { randomUUID } from 'node:crypto';
import { Projection } from '../src/projections/projection';
import { counter, scratchRunners } from './counting-projection';

const event = (type = 'Counted') => ({ id: randomUUID(), type, data: {}, metadata: {} });

/**
 * A projection that folds its rows per batch: `endBatch` records how many events the batch
 * brought, once per batch, after them and in their transaction; when it fails, the batch's rows and
 * checkpoint stay where they were.
 */
function batched(calls: string[], failAt?: number): Projection {
  const base = counter('batched', 1, calls, null);
  let seen = 0;
  return {
    ...base,
    apply(db, e) {
      seen++;
      base.apply(db, e);
    },
    endBatch(db) {
      calls.push(`end after ${seen}`);
      if (failAt !== undefined && seen >= failAt) throw new Error('cannot fold this batch');
      db.prepare('CREATE TABLE IF NOT EXISTS batched_ends (seen INTEGER)').run();
      db.prepare('INSERT INTO batched_ends (seen) VALUES (?)').run(seen);
    },
  };
}

describe('ProjectionRunner, folding once per batch', () => {
  const { scratch, runner, caughtUp } = scratchRunners();
  const count = () =>
    (scratch.readModels.db.prepare('SELECT COUNT(*) AS n FROM count_batched').get() as { n: number }).n;

  it('calls endBatch once for a batch of catch-up events, after all of them', async () => {
    await scratch.store.append('one-1', [event(), event(), event()]);
    const calls: string[] = [];
    await caughtUp(runner([batched(calls)]));
    expect(calls).toEqual(['batched', 'batched', 'batched', 'end after 3']);
  });

  it('calls it once per page of a rebuild', async () => {
    await scratch.store.append(
      'many-1',
      Array.from({ length: 2_500 }, () => event()),
    );
    const calls: string[] = [];
    const made = await caughtUp(runner([batched(calls)]));
    calls.length = 0;
    await made.rebuild();
    expect(calls.filter((c) => c.startsWith('end'))).toEqual(['end after 3500', 'end after 4500', 'end after 5000']);
  });

  it('leaves the rows and the checkpoint of a batch whose endBatch failed as they were', async () => {
    const calls: string[] = [];
    const failures: Error[] = [];
    const { position: first } = await scratch.store.append('one-1', [event()]);
    const made = await caughtUp(runner([batched(calls, 2)], scratch.store, (e) => failures.push(e)));
    await scratch.store.append('one-1', [event()]);
    for (let waited = 0; failures.length === 0 && waited < 10_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failures.map((e) => e.message)).toEqual(['cannot fold this batch']);
    expect([count(), made.checkpointsByProjection.get('test.batched')]).toEqual([1, first]);
  });
});
