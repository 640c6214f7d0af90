import { randomUUID } from 'node:crypto';
import { StreamDeletedError, StreamNotFoundError } from '@eventstore/db-client';
import { happened, serverAndClient } from './server-and-client';

/** Streams.Delete (soft) and Streams.Tombstone (for good), as the client sees them. */
describe('protocol server deletes', () => {
  const node = serverAndClient({});
  const revisions = async (stream: string): Promise<bigint[]> => {
    const found: bigint[] = [];
    for await (const resolved of node.client.readStream(stream)) found.push(resolved.event?.revision ?? -1n);
    return found;
  };

  it('given a deleted stream, then it reads as not found, and an append recreates it after its last revision', async () => {
    const stream = `deleted-${randomUUID()}`;
    await node.client.appendToStream(stream, [happened(), happened()]);

    await node.client.deleteStream(stream);
    const whileDeleted = await revisions(stream).catch((e: unknown) => e);
    const recreated = await node.client.appendToStream(stream, happened());

    expect(whileDeleted).toBeInstanceOf(StreamNotFoundError);
    expect(recreated.nextExpectedRevision).toBe(2n);
    expect(await revisions(stream)).toEqual([2n]);
  });

  it('given a tombstoned stream, then appends and reads answer StreamDeletedError for good', async () => {
    const stream = `tombstoned-${randomUUID()}`;
    await node.client.appendToStream(stream, happened());

    await node.client.tombstoneStream(stream);
    const append = await node.client.appendToStream(stream, happened()).catch((e: unknown) => e);
    const read = await revisions(stream).catch((e: unknown) => e);

    expect(append).toBeInstanceOf(StreamDeletedError);
    expect(read).toBeInstanceOf(StreamDeletedError);
    expect(read).toMatchObject({ streamName: stream });
  });
});
