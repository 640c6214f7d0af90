export * from './supervision.queries';
export * from './campaign.endpoint';
export * from './inspection.endpoint';
export * from './eligibility.endpoint';
export * from './supervision.ids';
