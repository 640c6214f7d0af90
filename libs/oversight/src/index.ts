export { OversightModule } from './oversight.module';
export { obligationDecider, obligationStream, oversightModuleEvents, OBLIGATION_KINDS, OBLIGATION_MODULES } from './domain';
export type { ObligationCommand, ObligationEvent, ObligationKind, ObligationModule } from './domain';
export { obligationEndpoint, OverdueWatcher } from './application';
export type { ObligationRequest } from './application';
