import { EsdbEventStore, StoreUnavailableError, StreamDeletedError } from '@samverkan/event-store';
import { ids, newEvents, newStream, rejectionOf } from './contract/contract-helpers';
import { EventStoreProtocolServer, startProtocolServer } from '../../../test/support/esdb/protocol-server';
import { storesClosedAfterEach } from './fixtures/esdb-stores';

/**
 * A retried command lands once even where the server's own idempotency does not hold: its id
 * cache is memory only (a restart forgets it) and bounded (here: next to nothing).
 */
describe('EsdbEventStore retries against a server that forgets ids', () => {
  let server: EventStoreProtocolServer;
  const open = storesClosedAfterEach(() => server.connectionString);
  afterEach(() => server.close());

  it.each([
    { expectedRevision: 'any' as const, label: 'any' },
    { expectedRevision: 'stream_exists' as const, label: 'stream_exists' },
  ])(
    'given an append with $label, when the server restarts and the caller retries, then it lands once',
    async ({ expectedRevision }) => {
      server = await startProtocolServer();
      const stream = newStream();
      await open().append(stream, newEvents(1));
      const command = newEvents(2);
      const original = await open().append(stream, command, { expectedRevision });

      await server.stop();
      await server.start();
      const retried = await open().append(stream, command, { expectedRevision });

      expect(retried).toEqual(original);
      expect(await open().readStream(stream)).toHaveLength(3);
    },
  );

  it.each([{ history: 0 }, { history: 2 }])(
    'given $history events already, when two identical appends race, then the events land once and both report them',
    async ({ history }) => {
      server = await startProtocolServer({ idCacheBytes: 0 });
      const store = open();
      const stream = newStream();
      if (history > 0) await store.append(stream, newEvents(history));
      const command = newEvents(2);

      const [first, second] = await Promise.all([store.append(stream, command), store.append(stream, command)]);

      expect(second).toEqual(first);
      expect(ids(await store.readStream(stream)).slice(history)).toEqual(ids(command));
    },
  );
});

describe('EsdbEventStore against a server whose clock or disk disagrees', () => {
  let server: EventStoreProtocolServer;
  let store: EsdbEventStore;

  beforeEach(async () => {
    server = await startProtocolServer({ writeTimeoutMs: 200 });
    store = EsdbEventStore.connect(server.connectionString);
  });
  afterEach(async () => {
    await store.close();
    await server.close();
  });

  it.each([{ skew: 10 * 60_000 }, { skew: -10 * 60_000 }])(
    'given the server clock $skew ms off, then appends land: no deadline of this clock is sent',
    async ({ skew }) => {
      server.skewClock(skew);
      const stream = newStream();
      const events = newEvents(2);

      const result = await store.append(stream, events);

      expect(result.nextExpectedRevision).toBe(1);
      expect(ids(await store.readStream(stream))).toEqual(ids(events));
    },
  );

  it('given a write that commits after its client timed out, when the command is retried, then it lands once', async () => {
    const stream = newStream();
    await store.append(stream, newEvents(1));
    const command = newEvents(2);
    server.holdIndexing();

    const timedOut = await rejectionOf(store.append(stream, command, { expectedRevision: 0 }));
    const stillPending = await rejectionOf(store.append(stream, command, { expectedRevision: 0 }));
    server.releaseIndexing();
    const retried = await store.append(stream, command, { expectedRevision: 0 });

    expect(timedOut).toBeInstanceOf(StoreUnavailableError);
    expect(stillPending).toBeInstanceOf(StoreUnavailableError);
    expect(retried.nextExpectedRevision).toBe(2);
    expect(ids(await store.readStream(stream)).slice(1)).toEqual(ids(command));
  });

  it('given a server that does not answer, then the append gives up after appendTimeoutMs of this clock', async () => {
    await server.close();
    server = await startProtocolServer({ writeTimeoutMs: 60_000 });
    const impatient = EsdbEventStore.connect(server.connectionString, { appendTimeoutMs: 200 });
    server.holdIndexing();

    const error = await rejectionOf(impatient.append(newStream(), newEvents(1)));
    server.releaseIndexing();
    await impatient.close();

    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/no answer within 200 ms/);
  });
});

describe('EsdbEventStore on deleted streams', () => {
  let server: EventStoreProtocolServer;
  let store: EsdbEventStore;

  beforeAll(async () => {
    server = await startProtocolServer();
    store = EsdbEventStore.connect(server.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  it('given a tombstoned stream, then reads and appends fail with the typed StreamDeletedError, nothing appended', async () => {
    const stream = newStream();
    await store.append(stream, newEvents(1));
    server.tombstoneStream(stream);

    const read = await rejectionOf(store.readStream(stream));
    const append = await rejectionOf(store.append(stream, newEvents(1), { expectedRevision: 0 }));

    expect(read).toBeInstanceOf(StreamDeletedError);
    expect(append).toBeInstanceOf(StreamDeletedError);
    expect(append).toMatchObject({ stream });
  });

  it('given a soft-deleted stream, then it reads as empty and a new command recreates it', async () => {
    const stream = newStream();
    await store.append(stream, newEvents(2));
    server.deleteStream(stream);

    const meanwhile = await store.readStream(stream);
    const recreated = await store.append(stream, newEvents(1), { expectedRevision: 'no_stream' });

    expect(meanwhile).toEqual([]);
    expect(recreated.nextExpectedRevision).toBe(2);
    expect(await store.readStream(stream)).toHaveLength(1);
  });
});
