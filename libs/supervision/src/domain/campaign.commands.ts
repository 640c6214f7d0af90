import { Command } from '@samverkan/core/domain';
import { Communication, IsoDate, Period, YearSectors } from './supervision.model';

/** AV plans a campaign with FK: its focus, period and the sectors of each year. */
export type PlanCampaign = Command<
  'PlanCampaign',
  { campaignId: string; name: string; focus: string; period: Period; sectorsByYear: YearSectors[] }
>;

/** A decision (reason required): a year's sectors change, e.g. the preliminary 2026 plan. */
export type ChangeCampaignSectors = Command<'ChangeCampaignSectors', { campaignId: string; sectors: YearSectors }>;

/** The campaign starts, with the launch communication to the social partners. */
export type LaunchCampaign = Command<
  'LaunchCampaign',
  { campaignId: string; launchedOn: IsoDate; communication: Communication }
>;

/** What the application read of one inspection of the campaign, to decide whether it may conclude. */
export interface InspectionStanding {
  inspectionId: string;
  status: 'OPEN' | 'CLOSED' | 'CARRIED_OVER';
}

/** The campaign ends, with the closing communication; every inspection closed or carried over. */
export type ConcludeCampaign = Command<
  'ConcludeCampaign',
  { campaignId: string; concludedOn: IsoDate; communication: Communication; inspections: InspectionStanding[] }
>;

/** What the campaign achieved, after it concluded. */
export type EvaluateCampaign = Command<
  'EvaluateCampaign',
  { campaignId: string; evaluatedOn: IsoDate; summary: string }
>;

export type CampaignCommand =
  PlanCampaign | ChangeCampaignSectors | LaunchCampaign | ConcludeCampaign | EvaluateCampaign;
