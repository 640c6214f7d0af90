import { EventIn } from '@samverkan/core/domain';
import { Finding, InspectionLevel, InspectionSubject, IsoDate } from './supervision.model';

export interface InspectionEvents {
  InspectionRecorded: InspectionSubject & {
    inspectionId: string;
    campaignId: string;
    inspectorIds: string[];
    /** The workplace inspection whose system deficiencies led here (principal level). */
    basedOnInspectionId?: string;
  };
  FkParticipationRecorded: {
    inspectionId: string;
    campaignId: string;
    participantIds: string[];
    informedAbout: string;
  };
  /** Carries campaign, level and principal, so a process manager can act on it alone. */
  FindingsRecorded: {
    inspectionId: string;
    campaignId: string;
    level: InspectionLevel;
    principalOrganisationNumber: string;
    findings: Finding[];
    systemDeficiencies: boolean;
  };
  RequirementIssued: {
    inspectionId: string;
    campaignId: string;
    requirementId: string;
    description: string;
    dueDate: IsoDate;
    issuedOn: IsoDate;
  };
  FollowUpRecorded: {
    inspectionId: string;
    campaignId: string;
    followedUpOn: IsoDate;
    note: string;
    requirementsMet: boolean;
  };
  InspectionClosed: { inspectionId: string; campaignId: string; closedOn: IsoDate };
  /** A decision: the reason is in the envelope and in the data. */
  InspectionCarriedOver: { inspectionId: string; campaignId: string; reason: string };
}

export type InspectionEvent<T extends keyof InspectionEvents = keyof InspectionEvents> = EventIn<InspectionEvents, T>;
