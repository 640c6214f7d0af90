export * from './oversight.queries';
export { OverdueWatcher } from './overdue-watcher';
