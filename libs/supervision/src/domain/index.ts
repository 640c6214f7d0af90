export { isOrganisationNumber, stockholmDate } from '@samverkan/core/domain';
export * from './supervision.model';
export * from './campaign.commands';
export * from './campaign.events';
export * from './inspection.commands';
export * from './inspection.events';
export * from './eligibility.commands';
export {
  campaignEventDefinitions,
  eligibilityEventDefinitions,
  inspectionEventDefinitions,
} from './supervision.events';
export { inspectionLevelLabel, sectorList, supervisionSectorLabel } from './supervision.summaries';
export * from './campaign';
export type * from './campaign.state';
export * from './inspection';
export type * from './inspection.state';
export * from './eligibility';
export type * from './eligibility.state';
export * from './supervision';
export { PRINCIPAL_BASIS_PROBLEMS } from './inspection.record';
export type { PrincipalBasisProblem } from './inspection.record';
export { isInPeriod, sectorsOn, SUPERVISION_TEXT_LIMITS, yearOf, yearsOf } from './supervision.guards';
