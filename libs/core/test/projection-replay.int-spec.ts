import { randomUUID } from 'node:crypto';
import { AllSubscription, SqliteEventStore } from '@samverkan/event-store';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { counter, scratchRunners } from './counting-projection';
import { watched } from './watched-store';

const event = () => ({ id: randomUUID(), type: 'Counted', data: {}, metadata: {} });
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('ProjectionRunner, catching up before it follows', () => {
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  const { scratch, runner, caughtUp } = scratchRunners();
  const count = (name: string) =>
    (readModels.db.prepare(`SELECT COUNT(*) AS n FROM count_${name}`).get() as { n: number }).n;
  beforeEach(() => ({ store, readModels } = scratch));

  describe('given a projection behind the others at its checkpoint', () => {
    const read: string[] = [];
    let spy: SqliteEventStore;
    beforeEach(async () => {
      await store.append('many-1', [event()]);
      await store.append('few-1', [event()]);
      await (await caughtUp(runner([counter('many', 1, []), counter('few', 1, [])]))).stop();
      await store.append('few-2', [event()]);
      await store.append('many-2', [event()]);
      await (await caughtUp(runner([counter('many', 1, [])]))).stop();
      read.length = 0;
      spy = watched(store, read);
    });

    it('lets it catch up alone from its checkpoint, reading only its categories', async () => {
      const applied: string[] = [];
      await caughtUp(runner([counter('many', 1, applied), counter('few', 1, applied)], spy));
      expect([applied, read, count('few')]).toEqual([['few'], ['few'], 2]);
    });

    it('reads once when the first page is short: the store holds no more of its categories', async () => {
      let reads = 0;
      const counting = Object.create(spy) as SqliteEventStore;
      counting.readAll = (options) => (reads++, spy.readAll(options));
      await caughtUp(runner([counter('many', 1, []), counter('few', 1, [])], counting));
      expect([reads, count('few')]).toEqual([1, 2]);
    });

    it.each([[['few', 'many']], [['many', 'few']]])(
      'gives as its position the checkpoint of the one behind until it has caught up (listed %j)',
      async (order) => {
        const few = (await store.readStream('few-1'))[0].position;
        const made = runner(
          order.map((name) => counter(name, 1, [])),
          spy,
        );
        void made.start();
        expect(made.position).toBe(few);
        await made.waitFor((await store.readStream('many-2'))[0].position, 3_000);
      },
    );

    it('replays a new projection beside it from the start, listed before or after it', async () => {
      const beside = counter('new', 1, [], ['few']);
      await caughtUp(runner([beside, counter('many', 1, []), counter('few', 1, [])], spy));
      expect([count('new'), count('few')]).toEqual([2, 2]);
    });

    it('finds where the others are whatever the order of the projections', async () => {
      await caughtUp(runner([counter('few', 1, []), counter('many', 1, [])], spy));
      expect([read, count('few')]).toEqual([['few'], 2]);
    });

    it('feeds it none of what it has when a new projection of its category replays from the start beside it', async () => {
      const applied: string[] = [];
      const beside = counter('new', 1, applied, ['few']);
      await caughtUp(runner([counter('many', 1, applied), counter('few', 1, applied), beside], spy));
      expect([applied, read, count('new')]).toEqual([['few', 'new', 'new'], ['few', 'few'], 2]);
    });
  });

  describe('given two projections of one category behind the others, at different checkpoints', () => {
    beforeEach(async () => {
      await store.append('few-1', [event()]);
      await (
        await caughtUp(runner([counter('many', 1, []), counter('low', 1, [], ['few']), counter('mid', 1, [], ['few'])]))
      ).stop();
      await store.append('few-2', [event()]);
      await (await caughtUp(runner([counter('many', 1, []), counter('mid', 1, [], ['few'])]))).stop();
      await store.append('few-3', [event()]);
      await store.append('many-1', [event()]);
      await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    });

    it.each([
      ['the lower listed first', ['low', 'mid']],
      ['the higher listed first', ['mid', 'low']],
    ])('replays both from the lower checkpoint, %s', async (_, order) => {
      const applied: string[] = [];
      const trailing = order.map((name) => counter(name, 1, applied, ['few']));
      await caughtUp(runner([counter('many', 1, []), ...trailing]));
      expect([count('low'), count('mid'), applied.filter((n) => n === 'low').length]).toEqual([3, 3, 2]);
    });
  });

  it('replays a new projection alone up to where the others stopped, and they read only what came since', async () => {
    await store.append('many-1', [event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    await store.append('many-2', [event()]);
    const read: string[] = [];
    await caughtUp(runner([counter('many', 1, []), counter('few', 1, [])], watched(store, read)));
    expect([read, count('many')]).toEqual([['many'], 2]);
  });

  it('applies every event of a replay longer than one page, and reports no position until it has', async () => {
    await store.append(
      'many-1',
      Array.from({ length: 2_001 }, () => event()),
    );
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    expect(count('many')).toBe(2_001);
    const made = runner([counter('new', 1, [], ['many']), counter('many', 1, [])]);
    void made.start();
    expect(made.position).toBeNull();
  });

  it('replays a new projection only up to where the others are, and then all follow the store from there', async () => {
    await store.append('many-1', [event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    await store.append(
      'many-2',
      Array.from({ length: 2_000 }, () => event()),
    );
    const applied: string[] = [];
    await caughtUp(runner([counter('many', 1, []), counter('new', 1, applied, ['many'])]));
    expect([applied.length, count('new'), count('many')]).toEqual([2_001, 2_001, 2_001]);
  });

  it('catches a new projection up at once when its categories hold no event yet, and then follows', async () => {
    await store.append('many-1', [event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const made = await caughtUp(runner([counter('many', 1, []), counter('few', 1, [])]));
    await made.waitFor((await store.append('few-1', [event()])).position, 3_000);
    expect([made.error, count('few')]).toEqual([null, 1]);
  });

  it('replays a trailing projection page by page up to where the others are, reading none of their events', async () => {
    await store.append(
      'few-1',
      Array.from({ length: 2_001 }, () => event()),
    );
    await store.append('many-1', [event()]);
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const read: string[] = [];
    await caughtUp(runner([counter('many', 1, []), counter('few', 1, [])], watched(store, read)));
    expect([read.filter((c) => c !== 'few'), read.length, count('few')]).toEqual([[], 2_001, 2_001]);
  });

  it('ends a replay between pages when stopped, and does not follow the store afterwards', async () => {
    await store.append(
      'many-1',
      Array.from({ length: 2_001 }, () => event()),
    );
    const made = runner([counter('many', 1, [])]);
    await made.start();
    await made.stop();
    const stoppedAt = count('many');
    await store.append('many-2', [event()]);
    await settle();
    expect([stoppedAt <= 2_000, count('many')]).toEqual([true, stoppedAt]);
  });

  it('starts once however often it is started, and stops following when stopped, without an error', async () => {
    const made = runner([counter('many', 1, [])]);
    await made.start();
    await made.start();
    await made.waitFor((await store.append('many-1', [event()])).position, 3_000);
    await made.stop();
    await store.append('many-2', [event()]);
    await settle();
    expect([count('many'), made.error]).toEqual([1, null]);
  });

  it('reports a store that fails while it replays, and does not follow the store afterwards', async () => {
    await store.append('many-1', [event()]);
    const failing = Object.create(store) as SqliteEventStore;
    failing.readAll = () => Promise.reject(new Error('the store went away'));
    const errors: Error[] = [];
    const made = runner([counter('many', 1, [])], failing, (e) => errors.push(e));
    await made.start();
    await settle();
    await store.append('many-2', [event()]);
    await settle();
    expect([made.error?.message, errors, count('many')]).toEqual(['the store went away', [made.error], 0]);
  });

  it('starts again on read models that were set up on an empty store and so have no checkpoint', async () => {
    await (await caughtUp(runner([counter('many', 1, [])]))).stop();
    const again = runner([counter('many', 1, [])]);
    await again.start();
    await again.waitFor((await store.append('many-1', [event()])).position, 3_000);
    expect([again.error, count('many')]).toEqual([null, 1]);
  });

  it('reports a store that fails while it follows', async () => {
    const failing = Object.create(store) as SqliteEventStore;
    failing.subscribeToAll = (): AllSubscription => ({
      unsubscribe: async () => undefined,
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('the store went away')) }),
    });
    const errors: Error[] = [];
    const made = runner([counter('many', 1, [])], failing, (e) => errors.push(e));
    await made.start();
    await settle();
    expect([made.error?.message, errors]).toEqual(['the store went away', [made.error]]);
  });
});
