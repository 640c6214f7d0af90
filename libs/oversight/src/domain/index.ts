export * from './oversight.model';
export * from './obligation.commands';
export * from './obligation';
export { obligationEventDefinitions, obligationKindLabel } from './oversight.events';
export * from './oversight';
