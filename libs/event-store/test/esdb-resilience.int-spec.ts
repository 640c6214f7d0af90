import { StoreUnavailableError } from '@samverkan/event-store';
import {
  expectQuiet,
  ids,
  newEvents,
  newStream,
  prefixOf,
  rejectionOf,
  SLOW_TEST_MS,
  take,
  WAIT_MS,
} from './contract/contract-helpers';
import { EventStoreProtocolServer, startProtocolServer } from '../../../test/support/esdb/protocol-server';
import { storesClosedAfterEach, untilAvailable } from './fixtures/esdb-stores';

/** Connection loss, played by stopping and restarting the in-process protocol server. */
describe('EsdbEventStore when the connection drops', () => {
  let server: EventStoreProtocolServer;
  const open = storesClosedAfterEach(() => server.connectionString, {
    reconnect: { initialDelayMs: 100, maxDelayMs: 400 },
  });

  beforeEach(async () => (server = await startProtocolServer()));
  afterEach(() => server.close());

  it('given an outage, then appends and reads fail with StoreUnavailableError and nothing is half-applied', async () => {
    const store = open();
    const stream = newStream();
    const before = newEvents(2);
    await store.append(stream, before);
    await server.stop();

    const failed = await rejectionOf(store.append(stream, newEvents(3), { expectedRevision: 1 }));
    expect(failed).toBeInstanceOf(StoreUnavailableError);
    expect((failed as Error).message).toMatch(/unreachable \(/);
    expect(await rejectionOf(store.headPosition())).toBeInstanceOf(StoreUnavailableError);

    await server.start();
    expect(ids(await store.readStream(stream))).toEqual(ids(before));
    const retried = newEvents(3);
    await expect(store.append(stream, retried, { expectedRevision: 1 })).resolves.toMatchObject({
      nextExpectedRevision: 4,
    });
  });

  it('given a live subscription, when the server goes away and comes back, then it resumes with every event once', async () => {
    const [reader, writer] = [open(), open()];
    const stream = newStream();
    const drops: unknown[] = [];
    const subscription = open({
      reconnect: { initialDelayMs: 300, maxDelayMs: 600 },
      subscriptionEvents: { dropped: (error) => drops.push(error) },
    });
    const live = subscription.subscribeToAll({ fromPosition: 'start', filter: { streamPrefixes: [prefixOf(stream)] } });
    const events = live[Symbol.asyncIterator]();
    const first = newEvents(3);
    await writer.append(stream, first);
    expect(ids(await take(events, 3))).toEqual(ids(first));

    await server.stop();
    await server.start();
    // Written while the subscription still waits out its backoff: it must pick these up from its
    // last position, not from 'end'. The writer's own connection may still be down a moment after the
    // restart; like any caller it retries a store-unavailable answer (the append is all or nothing).
    const meanwhile = newEvents(2);
    await untilAvailable(() => writer.append(stream, meanwhile), { withinMs: 5_000, everyMs: 100 });
    const later = newEvents(2);
    const received = await take(events, 2, 5_000);
    await writer.append(newStream(prefixOf(stream).slice(0, -1)), later);
    received.push(...(await take(events, 2, 5_000)));

    expect(ids(received)).toEqual(ids([...meanwhile, ...later]));
    await expectQuiet(events, 500);
    expect(drops.length).toBeGreaterThanOrEqual(1);
    expect(ids(await reader.readAll({ filter: { streamPrefixes: [prefixOf(stream)] } }))).toEqual(
      ids([...first, ...meanwhile, ...later]),
    );
  }, 20_000);

  it(
    'given an outage that outlasts several retries, then the subscription keeps trying and resumes',
    async () => {
      const writer = open();
      const stream = newStream();
      const drops: number[] = [];
      // The outage is measured in failed attempts, not in seconds: on a busy machine a fixed pause
      // may see a single attempt, and then nothing here would show that the subscription retries.
      const RETRIES = 4;
      let retriedEnough: () => void = () => undefined;
      const outageOutlasted = new Promise<void>((resolve) => (retriedEnough = resolve));
      const store = open({
        reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
        subscriptionEvents: {
          dropped: (_error, retryInMs) => {
            if (drops.push(retryInMs) === RETRIES) retriedEnough();
          },
        },
      });
      const events = store.subscribeToAll({ filter: { streamPrefixes: [prefixOf(stream)] } })[Symbol.asyncIterator]();
      await writer.append(stream, newEvents(1));
      await take(events, 1);

      await server.stop();
      await outageOutlasted;
      await server.start();
      const after = newEvents(1);
      await writer.append(stream, after);
      expect(ids(await take(events, 1, WAIT_MS))).toEqual(ids(after));
      // Backed off up to the cap and no further, over attempts enough to reach it (50, 100, 200, 200).
      expect(drops.length).toBeGreaterThanOrEqual(RETRIES);
      expect(Math.max(...drops)).toBeLessThanOrEqual(200);
    },
    SLOW_TEST_MS,
  );
});
