import type { CampaignEvent, Communication, Finding, InspectionEvent, IsoDate, SupervisionSector } from '../domain';

export type CampaignStatus = 'PLANNED' | 'LAUNCHED' | 'CONCLUDED' | 'EVALUATED';

/** The document starts as the plan recorded it. */
type PlannedCampaign = CampaignEvent<'CampaignPlanned'>['data'];

export interface CampaignDoc extends PlannedCampaign {
  status: CampaignStatus;
  launch: { on: IsoDate; communication: Communication } | null;
  conclusion: {
    on: IsoDate;
    communication: Communication;
    closedInspections: number;
    carriedOverInspections: number;
  } | null;
  evaluation: { on: IsoDate; summary: string } | null;
  sectorChanges: { year: number; sectors: SupervisionSector[]; preliminary: boolean; reason: string }[];
}

export type InspectionStatus = 'OPEN' | 'CLOSED' | 'CARRIED_OVER';

/** The document starts as the recording has it, with what the recording leaves out as null. */
type RecordedInspection = Omit<InspectionEvent<'InspectionRecorded'>['data'], 'workplace' | 'basedOnInspectionId'>;

export interface InspectionDoc extends RecordedInspection {
  workplace: string | null;
  basedOnInspectionId: string | null;
  fkParticipantIds: string[];
  fkInformedAbout: string[];
  findings: Finding[];
  systemDeficiencies: boolean;
  requirements: { requirementId: string; description: string; dueDate: IsoDate; issuedOn: IsoDate }[];
  followUps: { followedUpOn: IsoDate; note: string; requirementsMet: boolean }[];
  status: InspectionStatus;
  closedOn: IsoDate | null;
  carryOverReason: string | null;
  /** Position of the recording: orders lists, newest first. */
  position: string;
}

export interface EligibilityDoc {
  campaignId: string;
  organisationNumber: string;
  principalName: string;
  basedOnInspectionId: string;
  markedOn: IsoDate;
}
