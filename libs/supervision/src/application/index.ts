export * from './supervision.commands';
export * from './supervision.queries';
