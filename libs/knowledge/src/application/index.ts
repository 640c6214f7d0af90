export * from './knowledge.commands';
export * from './knowledge.queries';
export { entityIdFor } from './ids';
