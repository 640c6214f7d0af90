import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { readBetween } from '../src/esf/trail-events';

describe('readBetween', () => {
  const store = SqliteEventStore.open(':memory:');
  afterAll(() => store.close());

  describe('given events of three categories interleaved', () => {
    beforeAll(async () => {
      for (let i = 0; i < 12; i++)
        await store.append(`${['forum', 'plan', 'tip'][i % 3]}-${i}`, [
          { id: randomUUID(), type: 'Happened', data: {}, metadata: {} },
        ]);
    });

    it('reads those of two prefixes, after and up to a position, in position order, one read per prefix', async () => {
      const prefixes: string[][] = [];
      const watched = Object.create(store) as SqliteEventStore;
      watched.readAll = (options) => {
        prefixes.push([...(options?.filter?.streamPrefixes ?? [])]);
        return store.readAll(options);
      };
      const events = await readBetween(watched, 2n, 11n, ['forum-', 'plan-', 'forum-']);
      expect(events.map((e) => `${e.stream}@${e.position}`)).toEqual([
        'forum-3@4',
        'plan-4@5',
        'forum-6@7',
        'plan-7@8',
        'forum-9@10',
        'plan-10@11',
      ]);
      expect(prefixes.sort()).toEqual([['forum-'], ['plan-']]);
    });

    it('reads every event in the range without prefixes', async () => {
      expect((await readBetween(store, 'start', 3n)).map((e) => e.position)).toEqual([1n, 2n, 3n]);
    });
  });
});
