import { categoryOf, SqliteEventStore } from '@samverkan/event-store';

/** The store as it is, noting into `read` the category of every event it hands out, by readAll or subscription. */
export function watched(store: SqliteEventStore, read: string[]): SqliteEventStore {
  const spy = Object.create(store) as SqliteEventStore;
  spy.readAll = async (options) => {
    const events = await store.readAll(options);
    read.push(...events.map((e) => categoryOf(e.stream)));
    return events;
  };
  spy.subscribeToAll = (options) => {
    const inner = store.subscribeToAll(options);
    return {
      unsubscribe: () => inner.unsubscribe(),
      async *[Symbol.asyncIterator]() {
        for await (const e of inner) yield (read.push(categoryOf(e.stream)), e);
      },
    };
  };
  return spy;
}
