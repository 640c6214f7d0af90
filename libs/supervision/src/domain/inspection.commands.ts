import { CommandIn } from '@samverkan/core/domain';
import { Finding, InspectionLevel, InspectionSubject, IsoDate, Period, YearSectors } from './supervision.model';

/** What the application read of the campaign an inspection belongs to. */
export interface CampaignStanding {
  campaignId: string;
  status: 'NONE' | 'PLANNED' | 'LAUNCHED' | 'CONCLUDED' | 'EVALUATED';
  period: Period;
  sectorsByYear: YearSectors[];
}

/**
 * What the application read of the earlier workplace inspection a principal-level inspection
 * builds on: its own events prove the system deficiencies.
 */
export interface BasisInspection {
  inspectionId: string;
  exists: boolean;
  campaignId: string;
  level: InspectionLevel;
  principalOrganisationNumber: string;
  inspectedOn: IsoDate;
  systemDeficiencies: boolean;
}

export interface InspectionCommands {
  /** AV records an inspection it carried out in a campaign. */
  RecordInspection: InspectionSubject & {
    inspectionId: string;
    campaign: CampaignStanding;
    /** AV inspectors, as person ids. */
    inspectorIds: string[];
    /** Required at principal level. */
    basis?: BasisInspection;
  };
  /** FK staff who took part, and what they informed about (support to prevent sick leave). */
  RecordFkParticipation: { inspectionId: string; participantIds: string[]; informedAbout: string };
  RecordFindings: { inspectionId: string; findings: Finding[] };
  /** A requirement (krav / föreläggande) issued to the employer, with a due date. */
  IssueRequirement: {
    inspectionId: string;
    requirementId: string;
    description: string;
    dueDate: IsoDate;
    issuedOn: IsoDate;
  };
  RecordFollowUp: { inspectionId: string; followedUpOn: IsoDate; note: string; requirementsMet: boolean };
  /** Closed: at principal level only with FK's participation recorded. */
  CloseInspection: { inspectionId: string; closedOn: IsoDate };
  /** A decision (reason required): an open inspection goes on after its campaign concludes. */
  CarryOverInspection: { inspectionId: string };
}

export type InspectionCommand<T extends keyof InspectionCommands = keyof InspectionCommands> = CommandIn<
  InspectionCommands,
  T
>;
