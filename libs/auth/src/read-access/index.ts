export * from './content-of';
export * from './content-access';
export * from './restricted-field';
export * from './small-count.type';
export * from './content-query';
