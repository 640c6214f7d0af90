import { CommandIn, EventIn } from '@samverkan/core/domain';
import { IsoDate } from './supervision.model';

export interface EligibilityCommands {
  /**
   * Issued by the process manager, not by a person: a workplace inspection found system
   * deficiencies, so the principal may get a principal-level inspection in that campaign.
   * One stream per campaign and principal; marking again adds nothing.
   */
  MarkPrincipalEligible: {
    campaignId: string;
    organisationNumber: string;
    principalName: string;
    basedOnInspectionId: string;
    markedOn: IsoDate;
  };
}

export type EligibilityCommand<T extends keyof EligibilityCommands = keyof EligibilityCommands> = CommandIn<
  EligibilityCommands,
  T
>;

export interface EligibilityEvents {
  PrincipalMarkedEligible: {
    campaignId: string;
    organisationNumber: string;
    principalName: string;
    basedOnInspectionId: string;
    markedOn: IsoDate;
  };
}

export type EligibilityEvent<T extends keyof EligibilityEvents = keyof EligibilityEvents> = EventIn<
  EligibilityEvents,
  T
>;
