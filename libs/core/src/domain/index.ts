/** What a module's pure domain may import from the core: no Nest, no I/O. */
export * from './decider';
export * from './event-catalog';
export * from '../errors/domain-errors';
export * from './calendar';
export * from './date-rules';
export * from './world-time';
export * from './late-entry';
export * from './text-rules';
export * from './text-normalisation';
export * from './luhn';
export * from './personal-identity-number';
export * from './personal-identity-number-paths';
export * from './esf-activities';
/** The organisation codes an actor speaks for (FK, AV, …): pure data, so a domain may check against it. */
export { ORGANISATIONS } from '../envelope/envelope';
export * from './summary-text';
