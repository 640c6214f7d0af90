export * from './momentum.commands';
export * from './momentum.queries';
