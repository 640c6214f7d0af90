export * from './group.endpoint';
export * from './item.endpoint';
export * from './knowledge.queries';
