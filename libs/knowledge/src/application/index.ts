export * from './group.endpoint';
export * from './item.endpoint';
export * from './knowledge.ids';
export * from './knowledge.queries';
