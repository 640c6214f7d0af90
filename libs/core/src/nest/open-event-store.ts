import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { EsdbEventStore, EventStore, SqliteEventStore } from '@samverkan/event-store';
import { Environment } from '../config/environment';

/**
 * The one place that knows which adapter runs: EventStoreDB when a connection string is set,
 * else the embedded SQLite file in DATA_DIR. Nothing else in the workspace can tell them apart.
 */
export function openEventStore(env: Environment): EventStore {
  if (!env.EVENTSTORE_CONNECTION_STRING) return SqliteEventStore.open(join(env.DATA_DIR, 'events.sqlite'));
  const logger = new Logger('EventStoreDB');
  return EsdbEventStore.connect(env.EVENTSTORE_CONNECTION_STRING, {
    subscriptionEvents: {
      dropped: (error, retryInMs) =>
        logger.warn({ msg: 'subscription to $all dropped; resubscribing', err: (error as Error).message, retryInMs }),
      resumed: (from) => logger.log({ msg: 'subscription to $all resumed', after: String(from) }),
    },
  });
}

/** Where the events are, for logs: never the connection string, which may hold a password. */
export function describeEventStore(env: Environment): string {
  return env.EVENTSTORE_CONNECTION_STRING ? 'EventStoreDB' : 'embedded SQLite';
}
