import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent, MaxAppendSizeExceededError } from '@eventstore/db-client';
import { EsdbEventStore, StoreAccessDeniedError } from '@samverkan/event-store';
import { expectQuiet, ids, newEvents, newStream, rejectionOf } from './contract/contract-helpers';
import {
  burstAtSlowConsumer,
  resumeFromBetweenEvents,
  storesClosedAfterEach,
  untilAvailable,
} from './fixtures/esdb-stores';

/**
 * The cases the protocol server plays that a real EventStoreDB node can show too, run by
 * `npm run test:esdb` when the node is named (README, "EventStoreDB"):
 * - EVENTSTORE_CONNECTION_STRING: size counting, where a resume starts, the slow consumer;
 * - EVENTSTORE_RESTART_COMMAND (e.g. `docker compose -f docker/compose.yml restart eventstore`): a
 *   retried command after the node restarted;
 * - EVENTSTORE_LIMITED_CONNECTION_STRING: a secure node as a user outside $admins and $ops.
 */
const node = process.env.EVENTSTORE_CONNECTION_STRING;
const restart = process.env.EVENTSTORE_RESTART_COMMAND;
const limited = process.env.EVENTSTORE_LIMITED_CONNECTION_STRING;

const when = (condition: string | undefined, reason: string) => {
  if (condition) return describe;
  // Straight to stderr, as the core's announceSkip does (this lib may not import the core): Jest drops
  // the console of a file whose every test is skipped once it runs several files.
  process.stderr.write(
    `SKIPPED: a real EventStoreDB case: ${reason}. Name a node and run \`npm run test:esdb\` (README, "EventStoreDB").\n`,
  );
  return describe.skip;
};

when(node, 'EVENTSTORE_CONNECTION_STRING is not set')('a real EventStoreDB node', () => {
  const open = storesClosedAfterEach(() => node as string, { reconnect: { initialDelayMs: 200, maxDelayMs: 1_000 } });

  it('counts only data bytes against MaxAppendSize (1 MiB)', async () => {
    const client = EventStoreDBClient.connectionString(node as string);
    // JSON.stringify of a string of n characters is n + 2 bytes.
    const withData = (bytes: number, metadata = {}) =>
      jsonEvent({ id: randomUUID(), type: 'Sized', data: 'x'.repeat(bytes - 2) as never, metadata });
    try {
      const stream = newStream();
      const over = await client
        .appendToStream(stream, [withData(512 * 1024), withData(512 * 1024 + 1)])
        .catch((e: unknown) => e);
      const atLimit = await client.appendToStream(stream, [
        withData(512 * 1024, { pad: 'm'.repeat(100_000) }),
        withData(512 * 1024, { pad: 'm'.repeat(100_000) }),
      ]);
      expect(over).toBeInstanceOf(MaxAppendSizeExceededError);
      expect(atLimit.nextExpectedRevision).toBe(1n);
    } finally {
      await client.dispose();
    }
  });

  it('resumes a projection from a checkpoint that is no event without skipping or repeating', async () => {
    const { expected, received, iterator } = await resumeFromBetweenEvents(open());
    expect(received).toEqual(expected);
    await expectQuiet(iterator, 500);
  });

  it('gives a consumer too slow for the live stream every event once and in order', async () => {
    const reader = open({ subscriptionQueue: { highWater: 5, lowWater: 2 } });
    const { burst, received } = await burstAtSlowConsumer(open(), reader, { opening: 10_000, burst: 30_000 });
    expect(ids(received)).toEqual(ids(burst));
  }, 60_000);

  when(restart, 'EVENTSTORE_RESTART_COMMAND is not set')('restarted', () => {
    it('lands a retried any-append once after the node restarted', async () => {
      const stream = newStream();
      const command = newEvents(2);
      const original = await open().append(stream, command);
      execSync(restart as string, { stdio: 'inherit' });
      const retried = await untilAvailable(() => open().append(stream, command), {
        withinMs: 60_000,
        everyMs: 1_000,
        retries: () => true,
      });
      expect(retried).toEqual(original);
      expect(await open().readStream(stream)).toHaveLength(2);
    }, 120_000);
  });
});

when(limited, 'EVENTSTORE_LIMITED_CONNECTION_STRING is not set')(
  'a secure node, as a user outside $admins and $ops',
  () => {
    it('refuses $all with StoreAccessDeniedError, once', async () => {
      const store = EsdbEventStore.connect(limited as string);
      try {
        expect(await rejectionOf(store.headPosition())).toBeInstanceOf(StoreAccessDeniedError);
        const error = await rejectionOf(store.subscribeToAll()[Symbol.asyncIterator]().next());
        expect(error).toBeInstanceOf(StoreAccessDeniedError);
      } finally {
        await store.close();
      }
    });
  },
);
