import { EsdbEventStore, StoreAccessDeniedError } from '@samverkan/event-store';
import {
  expectQuiet,
  ids,
  newEvent,
  newEvents,
  newStream,
  prefixOf,
  rejectionOf,
  take,
} from './contract/contract-helpers';
import {
  EventStoreProtocolServer,
  startProtocolServer,
  type ServerVersion,
} from '../../../test/support/esdb/protocol-server';
import { selfSignedCertificate } from '../../../test/support/esdb/tls';

/** Subscriptions where the server version decides: where a resume starts, and slow consumers. */
describe.each<{ version: ServerVersion }>([{ version: '23.10' }, { version: '24.10' }])(
  'EsdbAllSubscription against $version',
  ({ version }) => {
    let server: EventStoreProtocolServer;
    const opened: EsdbEventStore[] = [];
    const open = (options: Parameters<typeof EsdbEventStore.connect>[1] = {}) => {
      const store = EsdbEventStore.connect(server.connectionString, {
        reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
        ...options,
      });
      opened.push(store);
      return store;
    };

    beforeEach(async () => (server = await startProtocolServer({ version })));
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await server.close();
    });

    it('given a checkpoint that is no event, when a projection resumes from it, then it neither skips nor repeats', async () => {
      const store = open();
      const stream = newStream();
      const events = newEvents(3);
      await store.append(stream, events);
      const [first] = await store.readStream(stream);

      const resumed = store.subscribeToAll({
        fromPosition: first.position + 1n,
        filter: { streamPrefixes: [prefixOf(stream)] },
      });
      const iterator = resumed[Symbol.asyncIterator]();

      expect(ids(await take(iterator, 2))).toEqual(ids(events.slice(1)));
      await expectQuiet(iterator, 300);
    });

    it('given a consumer too slow for the live stream, then it gets every event once and in order', async () => {
      const writer = open();
      const drops: unknown[] = [];
      const reader = open({
        subscriptionQueue: { highWater: 5, lowWater: 2 },
        subscriptionEvents: { dropped: (error) => drops.push(error) },
      });
      const stream = newStream();
      const subscription = reader.subscribeToAll({
        fromPosition: 'end',
        filter: { streamPrefixes: [prefixOf(stream)] },
      });
      const iterator = subscription[Symbol.asyncIterator]();
      const opening = newEvents(1);
      await writer.append(stream, opening);
      await take(iterator, 1);

      // Bulky enough that a few dozen fill HTTP/2's window once the adapter pauses the stream.
      const burst = Array.from({ length: 300 }, (_, index) => newEvent('Bulky', { index, pad: 'x'.repeat(4_000) }));
      // In a few appends: each is under 1 MiB, and each event arrives live on its own all the same.
      for (let from = 0; from < burst.length; from += 100) await writer.append(stream, burst.slice(from, from + 100));
      const received = await take(iterator, burst.length, 20_000);

      expect(ids(received)).toEqual(ids(burst));
      await expectQuiet(iterator, 300);
      // 23.10 drops the consumer and the adapter resumes it; 24.10 catches it up by itself.
      if (version === '23.10') expect(drops.length).toBeGreaterThanOrEqual(1);
    }, 40_000);
  },
);

describe('EsdbAllSubscription on a secure node (TLS), as a user who may not read $all', () => {
  let server: EventStoreProtocolServer;
  let store: EsdbEventStore;
  const drops: unknown[] = [];

  beforeAll(async () => {
    server = await startProtocolServer({
      tls: selfSignedCertificate(),
      users: { writer: { password: 'secret', groups: [] } },
    });
  });
  beforeEach(() => {
    drops.length = 0;
    store = EsdbEventStore.connect(server.connectionStringFor('writer', 'secret'), {
      reconnect: { initialDelayMs: 20, maxDelayMs: 40 },
      subscriptionEvents: { dropped: (error) => drops.push(error) },
    });
  });
  afterEach(() => store.close());
  afterAll(() => server.close());

  it('then the subscription ends with StoreAccessDeniedError instead of retrying for ever', async () => {
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();

    const error = await rejectionOf(iterator.next());

    expect(error).toBeInstanceOf(StoreAccessDeniedError);
    expect((error as Error).message).toMatch(/\$admins or \$ops/);
    expect(drops).toEqual([]);
  });

  it('then reading $all, as a server does at start, fails at once with StoreAccessDeniedError', async () => {
    const error = await rejectionOf(store.headPosition());

    expect(error).toBeInstanceOf(StoreAccessDeniedError);
    expect((error as Error).message).toMatch(/refused readAll/);
  });

  it('then its own streams it may still write and read, over TLS', async () => {
    const stream = newStream();
    await store.append(stream, newEvents(1));
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('given an admin, then $all is readable', async () => {
    const admin = EsdbEventStore.connect(server.connectionStringFor('admin', 'changeit'));
    try {
      await expect(admin.headPosition()).resolves.not.toBeNull();
    } finally {
      await admin.close();
    }
  });
});
