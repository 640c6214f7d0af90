export * from './figure';
export * from './protect';
export * from './witness';
