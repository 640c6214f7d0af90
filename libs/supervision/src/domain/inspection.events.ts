import { DomainEvent } from '@samverkan/core/domain';
import { Finding, InspectionLevel, InspectionSubject, IsoDate } from './supervision.model';

export type InspectionRecorded = DomainEvent<
  'InspectionRecorded',
  InspectionSubject & {
    inspectionId: string;
    campaignId: string;
    inspectorIds: string[];
    /** The workplace inspection whose system deficiencies led here (principal level). */
    basedOnInspectionId?: string;
  }
>;

export type FkParticipationRecorded = DomainEvent<
  'FkParticipationRecorded',
  { inspectionId: string; campaignId: string; participantIds: string[]; informedAbout: string }
>;

/** Carries campaign, level and principal, so a process manager can act on it alone. */
export type FindingsRecorded = DomainEvent<
  'FindingsRecorded',
  {
    inspectionId: string;
    campaignId: string;
    level: InspectionLevel;
    principalOrganisationNumber: string;
    findings: Finding[];
    systemDeficiencies: boolean;
  }
>;

export type RequirementIssued = DomainEvent<
  'RequirementIssued',
  {
    inspectionId: string;
    campaignId: string;
    requirementId: string;
    description: string;
    dueDate: IsoDate;
    issuedOn: IsoDate;
  }
>;

export type FollowUpRecorded = DomainEvent<
  'FollowUpRecorded',
  { inspectionId: string; campaignId: string; followedUpOn: IsoDate; note: string; requirementsMet: boolean }
>;

export type InspectionClosed = DomainEvent<
  'InspectionClosed',
  { inspectionId: string; campaignId: string; closedOn: IsoDate }
>;

/** A decision: the reason is in the envelope and in the data. */
export type InspectionCarriedOver = DomainEvent<
  'InspectionCarriedOver',
  { inspectionId: string; campaignId: string; reason: string }
>;

export type InspectionEvent =
  | InspectionRecorded
  | FkParticipationRecorded
  | FindingsRecorded
  | RequirementIssued
  | FollowUpRecorded
  | InspectionClosed
  | InspectionCarriedOver;
