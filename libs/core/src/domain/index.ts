/** What a module's pure domain may import from the core: no Nest, no I/O. */
export * from './decider';
export * from './messages';
export * from './evolve';
export * from './entity';
export * from './event-catalog';
export * from './event-kinds';
export * from '../errors/domain-errors';
export * from '../errors/rules';
export * from '../errors/core.rules';
export * from './calendar';
export * from './date-rules';
export * from './world-time';
export * from './late-entry';
export * from './text-rules';
export * from './shaped-text';
/** Swedish identifiers and reference data (organisation number, SNI 2007, personal identity numbers, regions). */
export * from '../kernel';
export * from './esf-activities';
export * from './reported-stream';
export * from './participants';
export * from './status-rules';
/** The organisation codes an actor speaks for (FK, AV, …): pure data, so a domain may check against it. */
export { ORGANISATIONS } from '../envelope/envelope';
export * from './summary-text';
