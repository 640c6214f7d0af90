export * from './project-activity.endpoint';
export * from './momentum.queries';
