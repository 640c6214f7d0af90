import { EventStore, SqliteEventStore } from '@samverkan/event-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The SQLite adapter on a disk whose durable commits take `commitMs` longer: each commit holds the
 * write lock that much longer, without using the CPU (as a slow fsync waits on the device).
 */
export function slowDiskStore(file: string, commitMs: number): EventStore {
  const store = SqliteEventStore.open(file);
  let queue: Promise<unknown> = Promise.resolve();
  const append: EventStore['append'] = (stream, events, options) => {
    const done = queue.then(async () => {
      const result = await store.append(stream, events, options);
      await sleep(commitMs);
      return result;
    });
    queue = done.catch(() => undefined);
    return done;
  };
  return Object.assign(Object.create(store) as EventStore, { append });
}
