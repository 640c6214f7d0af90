import { Decider, handled, stated } from '@samverkan/core/domain';
import { CampaignCommand } from './campaign.commands';
import { decideCampaign } from './campaign.decide';
import { CampaignEvent } from './campaign.events';
import { CampaignState, evolveCampaign, initialCampaignState } from './campaign.state';

export type { CampaignState, CampaignStatus, ExistingCampaign, NoCampaign } from './campaign.state';

/** One stream per campaign; the category `campaign` holds no dash, as the category projection needs. */
export function campaignStream(campaignId: string): string {
  return `campaign-${campaignId}`;
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: initialCampaignState,
  evolve: evolveCampaign,
  decide: decideCampaign,
  worldTimes: {
    PlanCampaign: handled,
    ChangeCampaignSectors: handled,
    LaunchCampaign: stated('launchedOn'),
    ConcludeCampaign: stated('concludedOn'),
    EvaluateCampaign: stated('evaluatedOn'),
  },
};
