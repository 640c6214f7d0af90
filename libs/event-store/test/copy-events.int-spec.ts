import { copyEvents, SqliteEventStore } from '@samverkan/event-store';
import { ids, newEvent, newEvents, newStream, rejectionOf } from './contract/contract-helpers';

/** copyEvents is adapter-agnostic; two private SQLite stores make its edge cases quick to show. */
describe('copyEvents', () => {
  let source: SqliteEventStore;
  let target: SqliteEventStore;
  beforeEach(() => {
    source = SqliteEventStore.open(':memory:');
    target = SqliteEventStore.open(':memory:');
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('given interleaved streams, then the target has them in the same $all order with the same revisions', async () => {
    const [a, b] = [newStream(), newStream()];
    for (const [stream, count] of [
      [a, 2],
      [b, 1],
      [a, 1],
      [b, 3],
    ] as const)
      await source.append(stream, newEvents(count));
    const progress: number[] = [];
    expect(await copyEvents(source, target, ({ done }) => progress.push(done))).toEqual({ copied: 7, alreadyThere: 0 });
    const [from, to] = [await source.readAll(), await target.readAll()];
    expect(to.map(({ id, stream, revision }) => ({ id, stream, revision }))).toEqual(
      from.map(({ id, stream, revision }) => ({ id, stream, revision })),
    );
    expect(progress.at(-1)).toBe(7);
  });

  it('given a run of one stream over 1 MiB of data, then it is copied in appends under the limit', async () => {
    const stream = newStream();
    const big = Array.from({ length: 3 }, () => newEvent('Big', 'x'.repeat(400 * 1024)));
    for (const event of big) await source.append(stream, [event]);

    expect(await copyEvents(source, target)).toEqual({ copied: 3, alreadyThere: 0 });
    expect(ids(await target.readStream(stream))).toEqual(ids(big));
  });

  it('given a copy that stopped half-way, when run again, then it adds only what is missing', async () => {
    const stream = newStream();
    const events = newEvents(5);
    await source.append(stream, events);
    await target.append(stream, events.slice(0, 2));
    expect(await copyEvents(source, target)).toEqual({ copied: 3, alreadyThere: 2 });
    expect(ids(await target.readStream(stream))).toEqual(ids(events));
  });

  it('given a target stream with other events, then it stops naming the stream and writes nothing to it', async () => {
    const stream = newStream();
    await source.append(stream, newEvents(2));
    const foreign = newEvents(1);
    await target.append(stream, foreign);
    const error = await rejectionOf(copyEvents(source, target));
    expect((error as Error).message).toMatch(new RegExp(`Cannot copy ${stream}: the target's event at revision 0`));
    expect(ids(await target.readStream(stream))).toEqual(ids(foreign));
  });
});
