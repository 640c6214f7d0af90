export * from './plan.model';
export * from './plan.commands';
export * from './plan.events';
export * from './plan';
