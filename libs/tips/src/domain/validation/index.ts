export * from './parsed';
export * from './organisation-number';
export * from './sni';
