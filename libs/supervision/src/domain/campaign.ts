import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideCampaign } from './campaign.decide';
import { evolveCampaign } from './campaign.state';

export const campaignStream = streamOfCategory('campaign');

export const campaignDecider = entityDecider(evolveCampaign, decideCampaign, {
  PlanCampaign: handled,
  ChangeCampaignSectors: handled,
  LaunchCampaign: stated('launchedOn'),
  ConcludeCampaign: stated('concludedOn'),
  EvaluateCampaign: stated('evaluatedOn'),
});
