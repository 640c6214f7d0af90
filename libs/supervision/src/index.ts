export { SupervisionModule } from './supervision.module';
export {
  campaignDecider, campaignStream, eligibilityDecider, eligibilityStream, inspectionDecider, inspectionStream, supervisionModuleEvents,
} from './domain';
export type { CampaignCommand, CampaignEvent, InspectionCommand, InspectionEvent } from './domain';
export * from './demo';
