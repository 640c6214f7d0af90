import { DomainEvent } from '@samverkan/core/domain';
import { Communication, IsoDate, Period, YearSectors } from './supervision.model';

export type CampaignPlanned = DomainEvent<
  'CampaignPlanned',
  {
    campaignId: string;
    name: string;
    focus: string;
    period: Period;
    sectorsByYear: YearSectors[];
    lead: string;
    partner: string;
  }
>;

/** A decision: the reason is in the envelope and in the data. */
export type CampaignSectorsChanged = DomainEvent<
  'CampaignSectorsChanged',
  { campaignId: string; sectors: YearSectors; previous: YearSectors | null; reason: string }
>;

export type CampaignLaunched = DomainEvent<
  'CampaignLaunched',
  { campaignId: string; launchedOn: IsoDate; communication: Communication }
>;

export type CampaignConcluded = DomainEvent<
  'CampaignConcluded',
  {
    campaignId: string;
    concludedOn: IsoDate;
    communication: Communication;
    closedInspections: number;
    carriedOverInspections: number;
  }
>;

export type CampaignEvaluated = DomainEvent<
  'CampaignEvaluated',
  { campaignId: string; evaluatedOn: IsoDate; summary: string }
>;

export type CampaignEvent =
  CampaignPlanned | CampaignSectorsChanged | CampaignLaunched | CampaignConcluded | CampaignEvaluated;
