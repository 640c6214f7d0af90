import { ContractContext, ids, newEvents, newStream, prefixOf, readPrefix } from './contract-helpers';

/** What survives closing the store and opening it again. */
export function lifecycleCases(ctx: ContractContext): void {
  it('given stored events, when the store is closed and reopened, then they are there and appends continue', async () => {
    const reopen = ctx.fixture.reopen;
    if (reopen === undefined) {
      console.warn('Skipped: this adapter cannot reopen its store (the factory provides no reopen)');
      return;
    }
    const stream = newStream();
    const sibling = newStream(prefixOf(stream).slice(0, -1));
    await ctx.store.append(stream, newEvents(3));
    await ctx.store.append(sibling, newEvents(1));
    const before = await readPrefix(ctx.store, prefixOf(stream));
    await ctx.store.close();

    ctx.store = await reopen();

    expect(await readPrefix(ctx.store, prefixOf(stream))).toEqual(before);
    const next = newEvents(2);
    const result = await ctx.store.append(stream, next, { expectedRevision: 2 });
    expect(result.nextExpectedRevision).toBe(4);
    expect(result.position > before[before.length - 1].position).toBe(true);
    const after = await ctx.store.readStream(stream);
    expect(after.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(ids(after.slice(3))).toEqual(ids(next));
    // Stored ids are still known: a retry across the restart is still recognised.
    expect(await ctx.store.append(stream, next)).toEqual(result);
  });
}
