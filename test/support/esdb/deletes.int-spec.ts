import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, StreamDeletedError, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import { startProtocolServer, type EventStoreProtocolServer } from './protocol-server';

/** Streams.Delete (soft) and Streams.Tombstone (for good), as the client sees them. */
describe('protocol server deletes', () => {
  let server: EventStoreProtocolServer;
  let client: EventStoreDBClient;
  const event = () => jsonEvent({ id: randomUUID(), type: 'Happened', data: {} });
  const revisions = async (stream: string): Promise<bigint[]> => {
    const found: bigint[] = [];
    for await (const resolved of client.readStream(stream)) found.push(resolved.event?.revision ?? -1n);
    return found;
  };

  beforeAll(async () => {
    server = await startProtocolServer();
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterAll(async () => {
    await client.dispose();
    await server.close();
  });

  it('given a deleted stream, then it reads as not found, and an append recreates it after its last revision', async () => {
    const stream = `deleted-${randomUUID()}`;
    await client.appendToStream(stream, [event(), event()]);

    await client.deleteStream(stream);
    const whileDeleted = await revisions(stream).catch((e: unknown) => e);
    const recreated = await client.appendToStream(stream, event());

    expect(whileDeleted).toBeInstanceOf(StreamNotFoundError);
    expect(recreated.nextExpectedRevision).toBe(2n);
    expect(await revisions(stream)).toEqual([2n]);
  });

  it('given a tombstoned stream, then appends and reads answer StreamDeletedError for good', async () => {
    const stream = `tombstoned-${randomUUID()}`;
    await client.appendToStream(stream, event());

    await client.tombstoneStream(stream);
    const append = await client.appendToStream(stream, event()).catch((e: unknown) => e);
    const read = await revisions(stream).catch((e: unknown) => e);

    expect(append).toBeInstanceOf(StreamDeletedError);
    expect(read).toBeInstanceOf(StreamDeletedError);
    expect(read).toMatchObject({ streamName: stream });
  });
});
