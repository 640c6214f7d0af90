export { OversightModule } from './oversight.module';
export { OVERSIGHT_RULES } from './domain/oversight.rules';
export {
  obligationDecider,
  obligationStream,
  oversightModuleEvents,
  OBLIGATION_KINDS,
  OBLIGATION_MODULES,
} from './domain';
export type { ObligationCommand, ObligationEvent, ObligationKind, ObligationModule } from './domain';
export { obligationEndpoint, OverdueWatcher } from './application';
export type { ObligationRequest } from './application';
