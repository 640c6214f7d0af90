import { EsdbEventStore } from '@samverkan/event-store';
import { ids, newEvents, newStream } from './contract/contract-helpers';
import { EventStoreProtocolServer, startProtocolServer } from '../../../test/support/esdb/protocol-server';

/**
 * A retried command lands once even where the server's own idempotency does not hold: its id
 * cache is memory only (a restart forgets it) and bounded (here: next to nothing).
 */
describe('EsdbEventStore retries against a server that forgets ids', () => {
  let server: EventStoreProtocolServer;
  const opened: EsdbEventStore[] = [];
  const open = (): EsdbEventStore => {
    const store = EsdbEventStore.connect(server.connectionString);
    opened.push(store);
    return store;
  };

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await server.close();
  });

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
