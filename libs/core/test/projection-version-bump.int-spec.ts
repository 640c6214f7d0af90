import { randomUUID } from 'node:crypto';
import { AllSubscription, categoryOf, RecordedEvent, SqliteEventStore } from '@samverkan/event-store';
import { EventCatalog } from '../src/catalog/event-catalog';
import { Projection } from '../src/projections/projection';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { ReadModelDb } from '../src/read-model/read-model-db';
import { openScratchProjections } from '../src/testing/scratch-projections';

const event = () => ({ id: randomUUID(), type: 'Counted', data: {}, metadata: {} });

/** A projection counting the events of one category into a table of its own, and every call of apply. */
function counter(category: string, version: number, applied: string[]): Projection {
  const table = `count_${category}`;
  return {
    name: `test.${category}`,
    version,
    categories: [category],
    setup: (db) => db.exec(`CREATE TABLE IF NOT EXISTS ${table} (position INTEGER PRIMARY KEY)`),
    reset: (db) => db.exec(`DROP TABLE IF EXISTS ${table}`),
    apply(db, e) {
      applied.push(category);
      db.prepare(`INSERT OR IGNORE INTO ${table} (position) VALUES (?)`).run(e.position);
    },
  };
}

/** The categories of every event the runner read from the store, through readAll or its subscription. */
function watched(store: SqliteEventStore): { store: SqliteEventStore; read: string[] } {
  const read: string[] = [];
  const seen = (events: RecordedEvent[]) => read.push(...events.map((e) => categoryOf(e.stream)));
  const spy = Object.create(store) as SqliteEventStore;
  spy.readAll = async (options) => {
    const events = await store.readAll(options);
    seen(events);
    return events;
  };
  spy.subscribeToAll = (options) => {
    const inner = store.subscribeToAll(options);
    const wrapped: AllSubscription = {
      unsubscribe: () => inner.unsubscribe(),
      async *[Symbol.asyncIterator]() {
        for await (const e of inner) {
          seen([e]);
          yield e;
        }
      },
    };
    return wrapped;
  };
  return { store: spy, read };
}

describe('ProjectionRunner', () => {
  let store: SqliteEventStore;
  let readModels: ReadModelDb;
  let close: () => Promise<void>;
  const count = (category: string) =>
    (readModels.db.prepare(`SELECT COUNT(*) AS n FROM count_${category}`).get() as { n: number }).n;

  beforeEach(() => ({ store, readModels, close } = openScratchProjections()));
  afterEach(() => close());

  describe('given read models caught up with 30 events of one category and 3 of another', () => {
    beforeEach(async () => {
      for (let i = 0; i < 30; i++) await store.append(`many-${i % 5}`, [event()]);
      for (let i = 0; i < 3; i++) await store.append(`few-${i}`, [event()]);
      const first = new ProjectionRunner(store, readModels, new EventCatalog(), [
        counter('many', 1, []),
        counter('few', 1, []),
      ]);
      await first.start();
      await first.waitFor(await store.headPosition(), 3_000);
      await first.stop();
    });

    describe('when one projection’s version is bumped and the runner starts again', () => {
      it('replays only that one, reading only its own category from the store, and then follows both', async () => {
        const applied: string[] = [];
        const { store: spy, read } = watched(store);
        const runner = new ProjectionRunner(spy, readModels, new EventCatalog(), [
          counter('many', 1, applied),
          counter('few', 2, applied),
        ]);
        await runner.start();
        try {
          await runner.waitFor(await store.headPosition(), 3_000);
          expect(applied).toEqual(['few', 'few', 'few']);
          expect(read.filter((c) => c === 'many')).toEqual([]);
          expect([count('many'), count('few')]).toEqual([30, 3]);

          await store.append('many-new', [event()]);
          await store.append('few-new', [event()]);
          await runner.waitFor(await store.headPosition(), 3_000);
          expect([count('many'), count('few')]).toEqual([31, 4]);
        } finally {
          await runner.stop();
        }
      });
    });
  });

  describe('given a store with events and read models that hold nothing (a new replica)', () => {
    it('reports its position only once it has applied every event there was at its start', async () => {
      for (let i = 0; i < 25; i++) await store.append(`many-${i}`, [event()]);
      const head = await store.headPosition();
      const runner = new ProjectionRunner(store, readModels, new EventCatalog(), [counter('many', 1, [])]);
      expect(runner.position).toBeNull();
      await runner.start();
      try {
        await runner.waitFor(head, 3_000);
        expect(runner.position).toBe(head);
        expect(count('many')).toBe(25);
      } finally {
        await runner.stop();
      }
    });
  });
});
