import { CommandIn } from '@samverkan/core/domain';
import { Communication, IsoDate, Period, YearSectors } from './supervision.model';

/** What the application read of one inspection of the campaign, to decide whether it may conclude. */
export interface InspectionStanding {
  inspectionId: string;
  status: 'OPEN' | 'CLOSED' | 'CARRIED_OVER';
}

export interface CampaignCommands {
  /** AV plans a campaign with FK: its focus, period and the sectors of each year. */
  PlanCampaign: { campaignId: string; name: string; focus: string; period: Period; sectorsByYear: YearSectors[] };
  /** A decision (reason required): a year's sectors change, e.g. the preliminary 2026 plan. */
  ChangeCampaignSectors: { campaignId: string; sectors: YearSectors };
  /** The campaign starts, with the launch communication to the social partners. */
  LaunchCampaign: { campaignId: string; launchedOn: IsoDate; communication: Communication };
  /** The campaign ends, with the closing communication; every inspection closed or carried over. */
  ConcludeCampaign: {
    campaignId: string;
    concludedOn: IsoDate;
    communication: Communication;
    inspections: InspectionStanding[];
  };
  /** What the campaign achieved, after it concluded. */
  EvaluateCampaign: { campaignId: string; evaluatedOn: IsoDate; summary: string };
}

export type CampaignCommand<T extends keyof CampaignCommands = keyof CampaignCommands> = CommandIn<CampaignCommands, T>;
