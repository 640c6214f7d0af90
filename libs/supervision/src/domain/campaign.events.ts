import { EventIn } from '@samverkan/core/domain';
import { Communication, IsoDate, Period, YearSectors } from './supervision.model';

export interface CampaignEvents {
  CampaignPlanned: {
    campaignId: string;
    name: string;
    focus: string;
    period: Period;
    sectorsByYear: YearSectors[];
    lead: string;
    partner: string;
  };
  /** A decision: the reason is in the envelope and in the data. */
  CampaignSectorsChanged: { campaignId: string; sectors: YearSectors; previous: YearSectors | null; reason: string };
  CampaignLaunched: { campaignId: string; launchedOn: IsoDate; communication: Communication };
  CampaignConcluded: {
    campaignId: string;
    concludedOn: IsoDate;
    communication: Communication;
    closedInspections: number;
    carriedOverInspections: number;
  };
  CampaignEvaluated: { campaignId: string; evaluatedOn: IsoDate; summary: string };
}

export type CampaignEvent<T extends keyof CampaignEvents = keyof CampaignEvents> = EventIn<CampaignEvents, T>;
