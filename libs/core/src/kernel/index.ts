/**
 * The shared kernel: Swedish identifiers and reference data every module reads the same way.
 * Pure code, no Nest, no I/O; modules reach it through `@samverkan/core/domain` (and `@samverkan/core`).
 */
export * from './parsed';
export * from './luhn';
export * from './organisation-number';
export * from './sni';
export * from './text-normalisation';
export * from './personal-identity-number';
export * from './personal-identity-number-paths';
export * from './regions';
