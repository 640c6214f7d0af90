export { DEMO_CAMPAIGN_KEYS, DEMO_CAMPAIGNS, demoCampaign, sectorsAfterChanges } from './demo-campaigns';
export type { DemoCampaign, DemoCampaignKey, DemoSectorChange } from './demo-campaigns';
export { DEMO_INSPECTIONS, demoInspection, inspectionsOf } from './demo-inspections';
export type {
  DemoFkParticipation,
  DemoFollowUp,
  DemoInspection,
  DemoInspectionOutcome,
  DemoRequirement,
} from './demo-inspections';
export {
  demoCampaignId,
  demoInspectionId,
  demoSupervisionCommandIds,
  seedSupervision,
  supervisionCommandCount,
} from './seed-supervision';
