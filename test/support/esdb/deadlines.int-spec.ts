import { randomUUID } from 'node:crypto';
import {
  DeadlineExceededError,
  EventStoreDBClient,
  NO_STREAM,
  StreamNotFoundError,
  TimeoutError,
} from '@eventstore/db-client';
import { happened, serverAndClient } from './server-and-client';

/** Deadlines against the server's clock, and writes that commit after their client gave up. */

const unique = (): string => `deadline-${randomUUID()}`;

async function idsOf(client: EventStoreDBClient, stream: string): Promise<string[]> {
  const ids: string[] = [];
  try {
    for await (const resolved of client.readStream(stream)) ids.push(resolved.event?.id ?? '');
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return ids;
}

describe.each([
  { batchAppend: true, path: 'BatchAppend', timeout: DeadlineExceededError },
  { batchAppend: false, path: 'classic Append', timeout: TimeoutError },
])('protocol server deadlines through $path', ({ batchAppend, timeout }) => {
  const node = serverAndClient({ batchAppend, writeTimeoutMs: 200 }, 'test');

  it('given a server clock ten seconds ahead, then only BatchAppend (absolute deadline) refuses the append unwritten', async () => {
    const stream = unique();
    node.server.skewClock(10_000);

    const outcome = await node.client.appendToStream(stream, happened()).then(
      () => 'appended',
      (error: unknown) => error,
    );

    if (batchAppend) expect(outcome).toBeInstanceOf(DeadlineExceededError);
    else expect(outcome).toBe('appended');
    expect(await idsOf(node.client, stream)).toHaveLength(batchAppend ? 0 : 1);
  });

  it('given indexing held past WriteTimeoutMs, then the client is told it timed out, yet the write commits', async () => {
    const stream = unique();
    const written = happened();
    node.server.holdIndexing();

    const error = await node.client.appendToStream(stream, written).catch((e: unknown) => e);
    const unreadMeanwhile = await idsOf(node.client, stream);
    const retry = await node.client
      .appendToStream(stream, written, { expectedRevision: NO_STREAM })
      .catch((e: unknown) => e);
    node.server.releaseIndexing();

    expect(error).toBeInstanceOf(timeout);
    expect(unreadMeanwhile).toEqual([]);
    // IdempotentNotReady: the retry of a write not yet indexed is dropped, so it times out too.
    expect(retry).toBeInstanceOf(timeout);
    expect(await idsOf(node.client, stream)).toEqual([written.id]);
  });
});
