import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, NO_STREAM, jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import { startProtocolServer, type EventStoreProtocolServer } from './protocol-server';

/** The server's id-based idempotency, as strict as the server (IndexWriter.CheckCommit). */

const event = () => jsonEvent({ id: randomUUID(), type: 'Happened', data: {} });
const unique = (prefix: string): string => `${prefix}-${randomUUID()}`;

async function idsOf(client: EventStoreDBClient, stream: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const resolved of client.readStream(stream) as AsyncIterable<ResolvedEvent>) {
    ids.push(resolved.event?.id ?? '');
  }
  return ids;
}

describe('protocol server idempotency', () => {
  let server: EventStoreProtocolServer;
  let client: EventStoreDBClient;
  const open = (): EventStoreDBClient => EventStoreDBClient.connectionString(server.connectionString);

  afterEach(async () => {
    await client.dispose();
    await server.close();
  });

  it('given an any-append, when the server restarts, then its retry is written again: the id cache is memory only', async () => {
    server = await startProtocolServer();
    client = open();
    const stream = unique('restart');
    const events = [event(), event()];
    await client.appendToStream(stream, events);
    const beforeRestart = await client.appendToStream(stream, events);

    await server.stop();
    await server.start();
    await client.dispose();
    client = open();
    const afterRestart = await client.appendToStream(stream, events);

    expect(beforeRestart.nextExpectedRevision).toBe(1n);
    expect(afterRestart.nextExpectedRevision).toBe(3n);
    expect(await idsOf(client, stream)).toEqual([...events, ...events].map((e) => e.id));
  });

  it('given a restart, when a retry names the exact revision it was written after, then the index answers for it', async () => {
    server = await startProtocolServer();
    client = open();
    const stream = unique('exact');
    const events = [event(), event()];
    const original = await client.appendToStream(stream, events, { expectedRevision: NO_STREAM });

    await server.stop();
    await server.start();
    await client.dispose();
    client = open();
    const retried = await client.appendToStream(stream, events, { expectedRevision: NO_STREAM });

    expect(retried).toEqual(original);
    expect(await idsOf(client, stream)).toEqual(events.map((e) => e.id));
  });

  it('given a cache too small to keep them, when an early any-append is retried, then it is written again', async () => {
    server = await startProtocolServer({ idCacheBytes: 1_000 });
    client = open();
    const stream = unique('evicted');
    const early = event();
    await client.appendToStream(stream, early);
    for (let index = 0; index < 20; index += 1) await client.appendToStream(unique('other'), event());

    await client.appendToStream(stream, early);

    expect(await idsOf(client, stream)).toEqual([early.id, early.id]);
  });
});
