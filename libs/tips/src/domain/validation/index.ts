export * from './parsed';
export * from './luhn';
export * from './organisation-number';
export * from './sni';
export * from './personal-identity-number';
