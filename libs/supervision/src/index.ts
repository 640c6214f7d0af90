export { SupervisionModule } from './supervision.module';
export { SUPERVISION_RULES } from './domain/supervision.rules';
export {
  campaignDecider,
  campaignStream,
  eligibilityDecider,
  eligibilityStream,
  inspectionDecider,
  inspectionStream,
  SUPERVISION_SECTORS,
  supervisionModuleEvents,
} from './domain';
export type {
  CampaignCommand,
  CampaignEvent,
  CampaignState,
  Communication,
  Finding,
  InspectionCommand,
  InspectionEvent,
  InspectionLevel,
  InspectionState,
  InspectionSubject,
  IsoDate,
  Period,
  Principal,
  SupervisionSector,
  YearSectors,
} from './domain';
export { campaignEndpoint, eligibilityEndpoint, inspectionEndpoint } from './application';
export type { CampaignRequest, InspectionRequest } from './application';
export { campaignIdFor, inspectionIdFor, otherFkParticipantId, otherInspectorId } from './application';
