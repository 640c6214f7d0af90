export * from './event-store';
export { SqliteEventStore } from './sqlite/sqlite-event-store';
