import {
  ContractContext,
  expectQuiet,
  expectStrictlyIncreasing,
  ids,
  newCategory,
  newEvent,
  newEvents,
  newStream,
  readPrefix,
  slowCase,
  take,
  WAIT_MS,
  whileSubscribed,
} from './contract-helpers';

/** How long "nothing more arrives" is watched: longer than an adapter's poll interval. */
const QUIET_MS = 600;

/** subscribeToAll: catch-up, then live, in order, once; resuming from a checkpoint; unsubscribing. */
export function subscriptionCases(ctx: ContractContext): void {
  slowCase(
    "given stored events, when subscribing from 'start' filtered to a prefix, then catch-up and live events come in order",
    async () => {
      const category = newCategory();
      const [a, b] = [newStream(category), newStream(category)];
      const stored = newEvents(3);
      await ctx.store.append(a, stored.slice(0, 2));
      await ctx.store.append(b, stored.slice(2));
      await ctx.store.append(newStream(), [newEvent()]);

      await whileSubscribed(
        ctx.store,
        { fromPosition: 'start', filter: { streamPrefixes: [`${category}-`] } },
        async (events) => {
          expect(ids(await take(events, 3))).toEqual(ids(stored));
          const live = newEvents(2);
          await ctx.store.append(a, live.slice(0, 1));
          await ctx.store.append(newStream(), [newEvent()]);
          await ctx.store.append(b, live.slice(1));
          const received = await take(events, 2);
          expect(ids(received)).toEqual(ids(live));
          expect(received.map((event) => [event.stream, event.revision])).toEqual([
            [a, 2],
            [b, 1],
          ]);
        },
      );
    },
  );

  slowCase(
    'given a checkpoint at the 2nd of 5 events, when resuming from it, then every later event comes exactly once',
    async () => {
      const category = newCategory();
      const stream = newStream(category);
      await ctx.store.append(stream, newEvents(5));
      const before = await readPrefix(ctx.store, `${category}-`);
      const checkpoint = before[1].position;

      await whileSubscribed(
        ctx.store,
        { fromPosition: checkpoint, filter: { streamPrefixes: [`${category}-`] } },
        async (events, subscription) => {
          expect(ids(await take(events, 3))).toEqual(ids(before.slice(2)));
          const live = [newEvent(), newEvent()];
          await ctx.store.append(stream, [live[0]]);
          await ctx.store.append(newStream(category), [live[1]]);
          const received = await take(events, 2);
          expect(ids(received)).toEqual(ids(live));
          expectStrictlyIncreasing(
            [checkpoint, ...before.slice(2), ...received].map((event) =>
              typeof event === 'bigint' ? event : event.position,
            ),
          );

          const { pending } = await expectQuiet(events, QUIET_MS);
          await subscription.unsubscribe();
          await expect(pending).resolves.toMatchObject({ done: true });
        },
      );
    },
  );

  slowCase("given stored events, when subscribing from 'end', then only events appended afterwards come", async () => {
    const category = newCategory();
    const stream = newStream(category);
    await ctx.store.append(stream, newEvents(2));
    await whileSubscribed(
      ctx.store,
      { fromPosition: 'end', filter: { streamPrefixes: [`${category}-`] } },
      async (events) => {
        const live = newEvent();
        await ctx.store.append(stream, [live]);
        expect(ids(await take(events, 1))).toEqual([live.id]);
      },
    );
  });

  slowCase('when subscribing with prefix and event type filters, then only matching events come', async () => {
    const category = newCategory();
    const wanted = [newEvent('Wanted'), newEvent('AlsoWanted')];
    await ctx.store.append(newStream(category), [newEvent('Unwanted'), wanted[0]]);
    await ctx.store.append(newStream(), [newEvent('Wanted')]);
    await whileSubscribed(
      ctx.store,
      { filter: { streamPrefixes: [`${category}-`], eventTypes: ['Wanted', 'AlsoWanted'] } },
      async (events) => {
        await ctx.store.append(newStream(category), [wanted[1], newEvent('Unwanted')]);
        expect(ids(await take(events, 2))).toEqual(ids(wanted));
        await expectQuiet(events, QUIET_MS);
      },
    );
  });

  slowCase(
    'given a live subscription, when unsubscribing, then a pending next() and a for-await loop end',
    async () => {
      const category = newCategory();
      await ctx.store.append(newStream(category), newEvents(2));
      const subscription = ctx.store.subscribeToAll({ filter: { streamPrefixes: [`${category}-`] } });
      const received: string[] = [];
      const loop = (async () => {
        for await (const event of subscription) received.push(event.id);
      })();
      // Let the loop catch up and wait for live events before pulling the plug.
      const deadline = Date.now() + WAIT_MS;
      while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(received).toHaveLength(2);

      await subscription.unsubscribe();
      await expect(loop).resolves.toBeUndefined();
      await ctx.store.append(newStream(category), [newEvent()]);
      expect(received).toHaveLength(2);
    },
  );
}
