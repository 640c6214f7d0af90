import { Decider, handled, stated, notStarted } from '@samverkan/core/domain';
import { CampaignCommand } from './campaign.commands';
import { decideCampaign } from './campaign.decide';
import { CampaignEvent } from './campaign.events';
import { CampaignState, evolveCampaign } from './campaign.state';

export type { CampaignState, CampaignStatus, ExistingCampaign } from './campaign.state';

/** One stream per campaign; the category `campaign` holds no dash, as the category projection needs. */
export function campaignStream(campaignId: string): string {
  return `campaign-${campaignId}`;
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: notStarted,
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
