export * from './oversight.queries';
export { obligationEndpoint } from './obligation.endpoint';
export type { ObligationRequest } from './obligation.endpoint';
export { OverdueWatcher } from './overdue-watcher';
