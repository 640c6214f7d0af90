import { Command, DomainEvent } from '@samverkan/core/domain';
import { IsoDate } from './supervision.model';

/**
 * Issued by the process manager, not by a person: a workplace inspection found system
 * deficiencies, so the principal may get a principal-level inspection in that campaign.
 * One stream per campaign and principal; marking again adds nothing.
 */
export type MarkPrincipalEligible = Command<
  'MarkPrincipalEligible',
  {
    campaignId: string;
    organisationNumber: string;
    principalName: string;
    basedOnInspectionId: string;
    markedOn: IsoDate;
  }
>;

export type EligibilityCommand = MarkPrincipalEligible;

export type PrincipalMarkedEligible = DomainEvent<
  'PrincipalMarkedEligible',
  {
    campaignId: string;
    organisationNumber: string;
    principalName: string;
    basedOnInspectionId: string;
    markedOn: IsoDate;
  }
>;

export type EligibilityEvent = PrincipalMarkedEligible;
