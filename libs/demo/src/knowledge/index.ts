export * from './demo-knowledge';
export * from './seed-knowledge';
