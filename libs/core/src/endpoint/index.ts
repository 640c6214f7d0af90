export * from './command-endpoint';
export * from './reference-checks';
export * from './send-request';
export * from './dated-requests';
export * from './prepare-steps';
export * from './existing-entity';
export * from './entity-endpoint';
