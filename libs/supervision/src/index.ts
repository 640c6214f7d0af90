export { SupervisionModule } from './supervision.module';
export {
  campaignDecider, campaignStream, eligibilityDecider, eligibilityStream, inspectionDecider, inspectionStream, isInPeriod, sectorsOn,
  SUPERVISION_SECTORS, supervisionModuleEvents,
} from './domain';
export type {
  CampaignCommand, CampaignEvent, CampaignState, Communication, EligibilityState, Finding, InspectionCommand, InspectionEvent, InspectionLevel,
  InspectionState, IsoDate, Period, Principal, SupervisionSector, YearSectors,
} from './domain';
export { campaignEndpoint, eligibilityEndpoint, inspectionEndpoint } from './application';
export type { CampaignRequest, EligibilityRequest, FkParticipationReport, InspectionReport, InspectionRequest } from './application';
export { campaignIdFor, inspectionIdFor, otherFkParticipantId, otherInspectorId, requirementIdFor } from './application';
