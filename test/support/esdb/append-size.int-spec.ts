import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, MaxAppendSizeExceededError, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import { serverAndClient } from './server-and-client';

/** MaxAppendSize, counted as Event.SizeOnDisk counts it in 23.10 and 24.10: data bytes only. */
describe.each([
  { batchAppend: true, path: 'BatchAppend' },
  { batchAppend: false, path: 'classic Append' },
])('protocol server append size through $path', ({ batchAppend }) => {
  const node = serverAndClient({ batchAppend, maxAppendSize: 100 });

  // JSON.stringify of a string of n characters is n + 2 bytes.
  const withData = (bytes: number, metadata: Record<string, unknown> = {}) =>
    jsonEvent({ id: randomUUID(), type: 'Sized', data: 'x'.repeat(bytes - 2) as never, metadata });

  it('given more data than the limit over several events, then MaxAppendSizeExceededError and nothing is written', async () => {
    const stream = `size-${randomUUID()}`;
    const error = await node.client.appendToStream(stream, [withData(50), withData(51)]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(error).toMatchObject({ maxAppendSize: 100 });
    await expect(readCount(node.client, stream)).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('given data exactly at the limit, then metadata and type names do not count', async () => {
    const stream = `size-${randomUUID()}`;
    const bulkyMetadata = { note: 'm'.repeat(500) };
    const result = await node.client.appendToStream(stream, [withData(50, bulkyMetadata), withData(50, bulkyMetadata)]);

    expect(result.nextExpectedRevision).toBe(1n);
    expect(await readCount(node.client, stream)).toBe(2);
  });
});

async function readCount(client: EventStoreDBClient, stream: string): Promise<number> {
  let count = 0;
  for await (const _ of client.readStream(stream)) count += 1;
  return count;
}
