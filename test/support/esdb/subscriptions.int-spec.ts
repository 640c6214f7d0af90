import { randomUUID } from 'node:crypto';
import {
  EventStoreDBClient,
  TimeoutError,
  jsonEvent,
  streamNameFilter,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { type ServerVersion } from './protocol-server';
import { serverAndClient, waitFor } from './server-and-client';

/** Where a subscription from a position starts, and what a subscriber that stops reading meets. */

const unique = (prefix: string): string => `${prefix}${randomUUID().replace(/-/g, '')}`;
// Big enough that a few dozen fill HTTP/2's flow-control window, so the server's writes back up.
const bulky = (index: number) =>
  jsonEvent({ id: randomUUID(), type: 'Bulky', data: { index, pad: 'x'.repeat(4_000) } });
const LIVE_EVENTS = 300;

describe.each<{ version: ServerVersion }>([{ version: '23.10' }, { version: '24.10' }])(
  'protocol server subscriptions as $version',
  ({ version }) => {
    const node = serverAndClient({ version }, 'test');

    it('given a start position that is no event, then 23.10 skips the next event and 24.10 does not', async () => {
      const prefix = unique('between');
      const stream = `${prefix}-1`;
      await node.client.appendToStream(stream, [bulky(0), bulky(1), bulky(2)]);
      const [first] = await readStream(node.client, stream);
      const between = (first.event?.position as Position).commit + 1n;
      const seen: number[] = [];
      let caughtUp = false;
      const subscription = node.client.subscribeToAll({
        fromPosition: { commit: between, prepare: between },
        filter: streamNameFilter({ prefixes: [prefix] }),
      });
      subscription.on('data', (resolved: ResolvedEvent) =>
        seen.push((resolved.event?.data as { index: number }).index),
      );
      subscription.on('caughtUp', () => (caughtUp = true));

      await waitFor(() => caughtUp, 'caught up', 10_000);
      await subscription.unsubscribe();

      expect(seen).toEqual(version === '23.10' ? [2] : [1, 2]);
    });

    it('given a subscriber that stops reading, then past 32 buffered live events 23.10 drops it and 24.10 catches it up', async () => {
      const prefix = unique('slow');
      const received: number[] = [];
      let caughtUp = false;
      let failure: unknown;
      const subscription = node.client.subscribeToAll({
        fromPosition: 'end',
        filter: streamNameFilter({ prefixes: [prefix] }),
      });
      subscription.on('data', (resolved: ResolvedEvent) =>
        received.push((resolved.event?.data as { index: number }).index),
      );
      subscription.on('caughtUp', () => (caughtUp = true));
      subscription.on('error', (error: unknown) => (failure = error));
      await waitFor(() => caughtUp, 'caught up', 10_000);

      subscription.pause();
      for (let index = 0; index < LIVE_EVENTS; index += 1)
        await node.client.appendToStream(`${prefix}-1`, bulky(index));
      subscription.resume();

      if (version === '23.10') {
        await waitFor(() => failure !== undefined, 'the drop', 10_000);
        expect(failure).toBeInstanceOf(TimeoutError);
        expect((failure as Error).message).toMatch(/Consumer too slow/);
        expect(received.length).toBeLessThan(LIVE_EVENTS);
      } else {
        await waitFor(() => received.length === LIVE_EVENTS, 'every event', 10_000);
        expect(failure).toBeUndefined();
      }
      expect(received).toEqual(received.map((_, index) => index));
      await subscription.unsubscribe();
    }, 30_000);
  },
);

async function readStream(client: EventStoreDBClient, stream: string): Promise<ResolvedEvent[]> {
  const events: ResolvedEvent[] = [];
  for await (const resolved of client.readStream(stream)) events.push(resolved);
  return events;
}
