export * from './event-store';
export { SqliteEventStore } from './sqlite/sqlite-event-store';
export type { StreamAppend } from './sqlite/sqlite-append';
export { EsdbEventStore, EsdbEventStoreOptions } from './esdb/esdb-event-store';
export { copyEvents, CopyProgress, CopyResult } from './copy-events';
