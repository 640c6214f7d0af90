export { SupervisionModule } from './supervision.module';
export { SUPERVISION_RULES } from './domain/supervision.rules';
export {
  campaignDecider, campaignStream, eligibilityDecider, eligibilityStream, inspectionDecider, inspectionStream, supervisionModuleEvents,
} from './domain';
export type { CampaignCommand, CampaignEvent, InspectionCommand, InspectionEvent } from './domain';
export * from './demo';
