export * from './knowledge.commands';
export * from './knowledge.queries';
