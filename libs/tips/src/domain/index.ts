export * from './tips.model';
export * from './impulse.commands';
export * from './impulse.events';
export * from './tip.commands';
export * from './tip.events';
export { impulseEventDefinitions, tipEventDefinitions } from './tips.events';
export { deficiencyLabel, directActionLabel, noActionReasonLabel } from './tips.summaries';
export * from './impulse';
export type * from './impulse.state';
export * from './tip';
export type * from './tip.state';
export * from './tips';
export { stockholmDate } from '@samverkan/core/domain';
// The read model groups by SNI section through this name; the code itself is the core's kernel.
export { sniSection } from '@samverkan/core/domain';
