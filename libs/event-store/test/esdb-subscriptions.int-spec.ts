import { EsdbEventStore, StoreAccessDeniedError } from '@samverkan/event-store';
import { expectQuiet, ids, newEvents, newStream, rejectionOf } from './contract/contract-helpers';
import {
  EventStoreProtocolServer,
  startProtocolServer,
  type ServerVersion,
} from '../../../test/support/esdb/protocol-server';
import { selfSignedCertificate } from '../../../test/support/esdb/tls';
import { burstAtSlowConsumer, resumeFromBetweenEvents, storesClosedAfterEach } from './fixtures/esdb-stores';

/** Subscriptions where the server version decides: where a resume starts, and slow consumers. */
describe.each<{ version: ServerVersion }>([{ version: '23.10' }, { version: '24.10' }])(
  'EsdbAllSubscription against $version',
  ({ version }) => {
    let server: EventStoreProtocolServer;
    const open = storesClosedAfterEach(() => server.connectionString, {
      reconnect: { initialDelayMs: 50, maxDelayMs: 200 },
    });

    beforeEach(async () => (server = await startProtocolServer({ version })));
    afterEach(() => server.close());

    it('given a checkpoint that is no event, when a projection resumes from it, then it neither skips nor repeats', async () => {
      const { expected, received, iterator } = await resumeFromBetweenEvents(open());

      expect(received).toEqual(expected);
      await expectQuiet(iterator, 300);
    });

    it('given a consumer too slow for the live stream, then it gets every event once and in order', async () => {
      const drops: unknown[] = [];
      const reader = open({
        subscriptionQueue: { highWater: 5, lowWater: 2 },
        subscriptionEvents: { dropped: (error) => drops.push(error) },
      });

      const { burst, received, iterator } = await burstAtSlowConsumer(open(), reader, { burst: 20_000 });

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
