export * from './demo-campaigns';
export * from './demo-inspections';
export * from './seed-supervision';
