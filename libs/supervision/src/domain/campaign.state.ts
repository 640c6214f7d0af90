import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { CampaignEvent } from './campaign.events';
import { IsoDate, Period, YearSectors } from './supervision.model';

export interface ExistingCampaign {
  status: 'PLANNED' | 'LAUNCHED' | 'CONCLUDED' | 'EVALUATED';
  campaignId: string;
  name: string;
  focus: string;
  period: Period;
  /** One entry per planned year, in year order, as last changed. */
  sectorsByYear: YearSectors[];
  launchedOn?: IsoDate;
  concludedOn?: IsoDate;
  evaluatedOn?: IsoDate;
}

export type CampaignState = NotStarted | ExistingCampaign;
export type CampaignStatus = CampaignState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveCampaign = evolveEntity<CampaignEvent, ExistingCampaign, 'CampaignPlanned'>(
  {
    CampaignPlanned: ({ data: { campaignId, name, focus, period, sectorsByYear } }) => ({
      status: 'PLANNED',
      campaignId,
      name,
      focus,
      period,
      sectorsByYear: byYear(sectorsByYear),
    }),
  },
  {
    CampaignSectorsChanged: (campaign, { data: { sectors } }) => ({
      ...campaign,
      sectorsByYear: byYear([...campaign.sectorsByYear.filter((entry) => entry.year !== sectors.year), sectors]),
    }),
    CampaignLaunched: (campaign, { data }) => ({ ...campaign, status: 'LAUNCHED', launchedOn: data.launchedOn }),
    CampaignConcluded: (campaign, { data }) => ({ ...campaign, status: 'CONCLUDED', concludedOn: data.concludedOn }),
    CampaignEvaluated: (campaign, { data }) => ({ ...campaign, status: 'EVALUATED', evaluatedOn: data.evaluatedOn }),
  },
);

function byYear(entries: readonly YearSectors[]): YearSectors[] {
  return entries.map((entry) => ({ ...entry, sectors: [...entry.sectors] })).sort((a, b) => a.year - b.year);
}
