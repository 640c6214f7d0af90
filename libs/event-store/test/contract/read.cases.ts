import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../../src/event-store';
import { ContractContext, ids, newCategory, newEvent, newEvents, newStream, readPrefix } from './contract-helpers';

const revisions = (events: RecordedEvent[]): number[] => events.map((event) => event.revision);

/** readStream, readAll with its filters, headPosition, and what survives the round trip. */
export function readCases(ctx: ContractContext): void {
  describe('readStream', () => {
    it('given a stream of 10 events, when reading it without options, then all come in revision order', async () => {
      const stream = newStream();
      const appended = newEvents(10);
      await ctx.store.append(stream, appended);
      const read = await ctx.store.readStream(stream);
      expect(ids(read)).toEqual(ids(appended));
      expect(revisions(read)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(read.every((event) => event.stream === stream)).toBe(true);
    });

    it('when reading forwards from revision 3 with maxCount 4, then revisions 3 to 6 come', async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(10));
      expect(revisions(await ctx.store.readStream(stream, { fromRevision: 3, maxCount: 4 }))).toEqual([3, 4, 5, 6]);
      expect(revisions(await ctx.store.readStream(stream, { fromRevision: 8, maxCount: 4 }))).toEqual([8, 9]);
    });

    it('when reading forwards from the revision after the last, or from 0 of no stream, then nothing comes', async () => {
      // The pipeline's folded streams read only what was appended after the revision they hold.
      const stream = newStream();
      await ctx.store.append(stream, newEvents(3));
      expect(await ctx.store.readStream(stream, { fromRevision: 3 })).toEqual([]);
      expect(await ctx.store.readStream(newStream(), { fromRevision: 0 })).toEqual([]);
    });

    it('when reading backwards from revision 6 with maxCount 3, then revisions 6, 5, 4 come', async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(10));
      const read = await ctx.store.readStream(stream, { direction: 'backwards', fromRevision: 6, maxCount: 3 });
      expect(revisions(read)).toEqual([6, 5, 4]);
      const fromEnd = await ctx.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 2 });
      expect(revisions(fromEnd)).toEqual([9, 8]);
      expect(revisions(await ctx.store.readStream(stream, { direction: 'backwards' }))).toHaveLength(10);
    });

    it('when reading a stream that does not exist, then it reads as empty', async () => {
      expect(await ctx.store.readStream(newStream())).toEqual([]);
      expect(await ctx.store.readStream(newStream(), { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('readAll', () => {
    it('when reading forwards from the position of an event, then the later ones come, up to maxCount', async () => {
      const category = newCategory();
      const [a, b] = [newStream(category), newStream(category)];
      await ctx.store.append(a, newEvents(3));
      await ctx.store.append(b, newEvents(3));
      const all = await readPrefix(ctx.store, `${category}-`);
      expect(all.map((event) => event.stream)).toEqual([a, a, a, b, b, b]);

      const page = await ctx.store.readAll({
        fromPosition: all[1].position,
        maxCount: 3,
        filter: { streamPrefixes: [`${category}-`] },
      });
      expect(ids(page)).toEqual(ids(all.slice(2, 5)));
    });

    it('when reading backwards from the position of an event, then the earlier ones come newest first', async () => {
      const category = newCategory();
      await ctx.store.append(newStream(category), newEvents(3));
      await ctx.store.append(newStream(category), newEvents(3));
      const all = await readPrefix(ctx.store, `${category}-`);
      const filter = { streamPrefixes: [`${category}-`] };

      const page = await ctx.store.readAll({
        direction: 'backwards',
        fromPosition: all[4].position,
        maxCount: 3,
        filter,
      });
      expect(ids(page)).toEqual(ids([all[3], all[2], all[1]]));
      const tail = await ctx.store.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 2, filter });
      expect(ids(tail)).toEqual(ids([all[5], all[4]]));
    });

    it('when filtering on several stream prefixes, then events of any of them come, and no others', async () => {
      const [first, second, third] = [newCategory(), newCategory(), newCategory()];
      const a = newEvents(2);
      const b = newEvents(2);
      await ctx.store.append(newStream(first), a.slice(0, 1));
      await ctx.store.append(newStream(third), newEvents(2));
      await ctx.store.append(newStream(second), b);
      await ctx.store.append(newStream(first), a.slice(1));
      const read = await ctx.store.readAll({ filter: { streamPrefixes: [`${first}-`, `${second}-`] } });
      expect(ids(read)).toEqual([a[0].id, ...ids(b), a[1].id]);
    });

    it('when a stream prefix contains SQL or glob wildcards, then they match only themselves', async () => {
      const category = newCategory();
      const literal = [`${category}-a_b%c*1`, `${category}-a_b%c*2`];
      const lookalikes = [`${category}-axbyc*1`, `${category}-a_b%cz1`, `${category}-a_bb%c*1`];
      for (const stream of [...literal, ...lookalikes]) await ctx.store.append(stream, [newEvent()]);
      const read = await ctx.store.readAll({ filter: { streamPrefixes: [`${category}-a_b%c*`] } });
      expect(read.map((event) => event.stream)).toEqual(literal);
    });

    it('when filtering on event types and a prefix, then only events of those types in those streams come', async () => {
      const category = newCategory();
      const [placed, paid, shipped] = ['OrderPlaced', 'OrderPaid', 'OrderShipped'].map((type) => newEvent(type));
      await ctx.store.append(newStream(category), [placed, paid, shipped]);
      await ctx.store.append(newStream(), [newEvent('OrderPlaced')]);
      const read = await ctx.store.readAll({
        filter: { streamPrefixes: [`${category}-`], eventTypes: ['OrderPlaced', 'OrderShipped'] },
      });
      expect(ids(read)).toEqual([placed.id, shipped.id]);
    });

    it('when filtering on event types alone, then events of those types in any stream come', async () => {
      const unique = randomUUID().replace(/-/g, '');
      const [wanted, alsoWanted, unwanted] = ['Wanted', 'AlsoWanted', 'Unwanted'].map((name) => `${name}${unique}`);
      const head = await ctx.store.headPosition();
      const expected = [newEvent(wanted), newEvent(alsoWanted), newEvent(wanted)];
      await ctx.store.append(newStream(), [expected[0], newEvent(unwanted)]);
      await ctx.store.append(newStream(), [expected[1]]);
      await ctx.store.append(newStream(), [newEvent(unwanted), expected[2]]);
      const read = await ctx.store.readAll({
        fromPosition: head ?? 'start',
        filter: { eventTypes: [wanted, alsoWanted] },
      });
      expect(ids(read)).toEqual(ids(expected));
    });

    it('when events were appended, then the head position is at least the last one', async () => {
      const result = await ctx.store.append(newStream(), newEvents(2));
      const head = await ctx.store.headPosition();
      expect(typeof head).toBe('bigint');
      expect(head !== null && head >= result.position).toBe(true);
    });
  });

  describe('round trip', () => {
    it('given nested unicode data and EventStoreDB metadata keys, when read back, then they are unchanged', async () => {
      const stream = newStream();
      const data = {
        authority: 'Försäkringskassan',
        plan: {
          steps: [
            { n: 1, done: false, note: null },
            { n: 2, done: true, note: 'Arbetsförmedlingen ✓' },
          ],
        },
        tags: ['å', 'ä', 'ö', '日本語', '🙂'],
        amount: 12.5,
        largeSafe: Number.MAX_SAFE_INTEGER,
      };
      const metadata = {
        $correlationId: randomUUID(),
        $causationId: randomUUID(),
        actor: { id: 'handläggare-1', roles: ['fk', 'av'] },
      };
      const before = Date.now();
      await ctx.store.append(stream, [newEvent('PlanDrafted', data, metadata), newEvent('Listed', [1, 'två', null])]);
      const after = Date.now();

      for (const read of [await ctx.store.readStream(stream), await readPrefix(ctx.store, stream)]) {
        expect(read.map((event) => event.type)).toEqual(['PlanDrafted', 'Listed']);
        expect(read[0].data).toEqual(data);
        expect(read[0].metadata).toEqual(metadata);
        expect(read[1].data).toEqual([1, 'två', null]);
        expect(read[0].recordedAt).toBeInstanceOf(Date);
        // The store's clock, not ours: allow for some skew.
        expect(read[0].recordedAt.getTime()).toBeGreaterThanOrEqual(before - 60_000);
        expect(read[0].recordedAt.getTime()).toBeLessThanOrEqual(after + 60_000);
      }
    });

    it('when an event states its recorded time in metadata, then that time is the one read back, on every read', async () => {
      const stream = newStream();
      const stated = '2025-03-20T10:00:00.123Z';
      await ctx.store.append(stream, [newEvent('Stated', {}, { recordedAt: stated }), newEvent('Unstated')]);
      for (const read of [await ctx.store.readStream(stream), await readPrefix(ctx.store, stream)]) {
        expect(read[0].recordedAt.toISOString()).toBe(stated);
        expect(read[0].metadata.recordedAt).toBe(stated);
        expect(Math.abs(read[1].recordedAt.getTime() - Date.now())).toBeLessThan(60_000);
      }
    });

    it.each([
      ['a date without time', '2025-03-20'],
      ['another zone', '2025-03-20T11:00:00.000+01:00'],
      ['not a time', 'igår'],
      ['a number', 1742464800000],
    ])(
      'when the stated recorded time is %s, then the append is refused and nothing is written',
      async (_what, stated) => {
        const stream = newStream();
        await expect(
          ctx.store.append(stream, [newEvent(), newEvent('Stated', {}, { recordedAt: stated })]),
        ).rejects.toThrow(/recordedAt must be an ISO 8601 UTC time/);
        expect(await ctx.store.readStream(stream)).toEqual([]);
      },
    );
  });
}
