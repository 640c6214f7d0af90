export * from './supervision.commands';
export { entityIdFor } from './ids';
export * from './supervision.queries';
