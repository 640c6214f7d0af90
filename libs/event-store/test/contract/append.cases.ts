import { AppendTooLargeError, IdempotencyMismatchError } from '../../src/event-store';
import {
  ContractContext,
  expectStrictlyIncreasing,
  expectWrongExpectedRevision,
  ids,
  newEvent,
  newEvents,
  newStream,
  prefixOf,
  readPrefix,
  rejectionOf,
} from './contract-helpers';

/** Optimistic concurrency, atomicity and idempotent retries of `append`. */
export function appendCases(ctx: ContractContext): void {
  describe('expectedRevision', () => {
    it("given no stream, when appending with 'no_stream', then the stream starts at revision 0", async () => {
      const stream = newStream();
      const result = await ctx.store.append(stream, [newEvent()], { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(0);
      expect(await ctx.store.readStream(stream)).toHaveLength(1);
    });

    it("given a stream, when appending with 'no_stream', then it conflicts with the current revision", async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(2));
      await expectWrongExpectedRevision(ctx.store.append(stream, [newEvent()], { expectedRevision: 'no_stream' }), {
        stream,
        expected: 'no_stream',
        actual: 1,
      });
      expect(await ctx.store.readStream(stream)).toHaveLength(2);
    });

    it("given a stream, when appending with 'stream_exists', then it appends", async () => {
      const stream = newStream();
      await ctx.store.append(stream, [newEvent()]);
      const result = await ctx.store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it("given no stream, when appending with 'stream_exists', then it conflicts with 'no_stream'", async () => {
      const stream = newStream();
      await expectWrongExpectedRevision(ctx.store.append(stream, [newEvent()], { expectedRevision: 'stream_exists' }), {
        stream,
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      expect(await ctx.store.readStream(stream)).toEqual([]);
    });

    it('given a stream at revision 1, when appending with expected revision 1, then it lands at 2', async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(2));
      const result = await ctx.store.append(stream, [newEvent()], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(2);
      expect((await ctx.store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('given a stream at revision 1, when appending with a stale revision 0, then it conflicts with 1', async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(2));
      await expectWrongExpectedRevision(ctx.store.append(stream, [newEvent()], { expectedRevision: 0 }), {
        stream,
        expected: 0,
        actual: 1,
      });
      await expectWrongExpectedRevision(ctx.store.append(stream, [newEvent()], { expectedRevision: 2 }), {
        stream,
        expected: 2,
        actual: 1,
      });
    });

    it("given no stream, when appending with an exact revision, then it conflicts with 'no_stream'", async () => {
      const stream = newStream();
      await expectWrongExpectedRevision(ctx.store.append(stream, [newEvent()], { expectedRevision: 0 }), {
        stream,
        expected: 0,
        actual: 'no_stream',
      });
      expect(await ctx.store.readStream(stream)).toEqual([]);
    });

    it("when appending with 'any' or no option, then it appends whether or not the stream exists", async () => {
      const stream = newStream();
      const first = await ctx.store.append(stream, [newEvent()], { expectedRevision: 'any' });
      const second = await ctx.store.append(stream, [newEvent()], { expectedRevision: 'any' });
      const third = await ctx.store.append(stream, [newEvent()]);
      expect([first, second, third].map((result) => result.nextExpectedRevision)).toEqual([0, 1, 2]);
    });
  });

  /** A stream of one event, then a batch of three appended at once after it. */
  const oneThenBatch = async () => {
    const stream = newStream();
    await ctx.store.append(stream, [newEvent()]);
    const batch = newEvents(3);
    const result = await ctx.store.append(stream, batch, { expectedRevision: 0 });
    return { stream, batch, result };
  };

  describe('atomicity', () => {
    it('when appending several events at once, then revisions are consecutive and positions increase', async () => {
      const { stream, batch, result } = await oneThenBatch();
      const stored = await ctx.store.readStream(stream);
      expect(ids(stored)).toEqual([expect.any(String), ...ids(batch)]);
      expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3]);
      stored.forEach((event) => expect(typeof event.position).toBe('bigint'));
      expectStrictlyIncreasing(stored.map((event) => event.position));
      expect(result).toEqual({ nextExpectedRevision: 3, position: stored[3].position });
    });

    it('given a conflicting append of several events, then neither the stream nor $all changes', async () => {
      const stream = newStream();
      await ctx.store.append(stream, newEvents(2));
      const before = await readPrefix(ctx.store, prefixOf(stream));
      await expectWrongExpectedRevision(ctx.store.append(stream, newEvents(3), { expectedRevision: 5 }), {
        stream,
        expected: 5,
        actual: 1,
      });
      expect(await readPrefix(ctx.store, prefixOf(stream))).toEqual(before);
    });

    it('given an append whose second event cannot be serialised, then its first event is not stored', async () => {
      const stream = newStream();
      const unserialisable = newEvent('Broken', { amount: BigInt(1) });
      await rejectionOf(ctx.store.append(stream, [newEvent(), unserialisable]));
      expect(await ctx.store.readStream(stream)).toEqual([]);
    });

    it('given events with more than 1 MiB of data in all, then AppendTooLargeError and nothing is stored; 1 MiB passes', async () => {
      const stream = newStream();
      // Each event's data is a JSON string: its quotes count, as the server counts the data bytes.
      const half = (extra: number) => newEvent('Big', 'x'.repeat(512 * 1024 - 2 + extra));

      const error = await rejectionOf(ctx.store.append(stream, [half(0), half(1)]));
      const fits = await ctx.store.append(stream, [half(0), half(0)]);

      expect(error).toBeInstanceOf(AppendTooLargeError);
      expect(error).toMatchObject({ stream, maxBytes: 1024 * 1024 });
      expect(fits.nextExpectedRevision).toBe(1);
      expect(await ctx.store.readStream(stream)).toHaveLength(2);
    });
  });

  describe('idempotency', () => {
    it('given a successful append, when the same ids are appended again, then it succeeds and adds nothing', async () => {
      const { stream, batch, result: original } = await oneThenBatch();
      const before = await readPrefix(ctx.store, prefixOf(stream));

      // A retried request carries its original, now stale, expectation: it still succeeds.
      const retried = await ctx.store.append(stream, batch, { expectedRevision: 0 });
      const retriedWithAny = await ctx.store.append(stream, batch);

      expect(retried).toEqual(original);
      expect(retriedWithAny).toEqual(original);
      expect(original.nextExpectedRevision).toBe(3);
      expect(await readPrefix(ctx.store, prefixOf(stream))).toEqual(before);
    });

    it('given a successful append, when a call repeats its ids plus a new one, then it is rejected', async () => {
      const stream = newStream();
      const batch = newEvents(2);
      await ctx.store.append(stream, batch, { expectedRevision: 'no_stream' });
      const error = await rejectionOf(ctx.store.append(stream, [...batch, newEvent()]));
      expect(error).toBeInstanceOf(IdempotencyMismatchError);
      expect(ids(await ctx.store.readStream(stream))).toEqual(ids(batch));
    });

    it('given a stored event, when a new event is appended together with it, then nothing is stored', async () => {
      const stream = newStream();
      const stored = newEvent();
      await ctx.store.append(stream, [stored]);
      const fresh = newEvent();
      const error = await rejectionOf(ctx.store.append(stream, [fresh, stored]));
      expect(error).toBeInstanceOf(IdempotencyMismatchError);
      expect(ids(await ctx.store.readStream(stream))).toEqual([stored.id]);
    });

    it('given a successful append, when its ids come again in another order, then it is rejected', async () => {
      const stream = newStream();
      const [first, second] = newEvents(2);
      await ctx.store.append(stream, [first, second]);
      expect(await rejectionOf(ctx.store.append(stream, [second, first]))).toBeInstanceOf(IdempotencyMismatchError);
      expect(ids(await ctx.store.readStream(stream))).toEqual([first.id, second.id]);
    });

    // Ids are unique per stream, as in EventStoreDB, which has no index to check them across
    // streams. Whether an id already used in another stream is refused is up to the adapter.
  });
}
