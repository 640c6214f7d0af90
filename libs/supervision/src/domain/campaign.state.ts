import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { CampaignEvent } from './campaign.events';
import { IsoDate, YearSectors } from './supervision.model';

/** The state starts as the plan recorded it, but for lead and partner (AV with FK for every campaign). */
export interface ExistingCampaign extends Omit<CampaignEvent<'CampaignPlanned'>['data'], 'lead' | 'partner'> {
  status: 'PLANNED' | 'LAUNCHED' | 'CONCLUDED' | 'EVALUATED';
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
    CampaignPlanned: ({ data: { lead, partner, ...planned } }) => ({
      ...planned,
      status: 'PLANNED',
      sectorsByYear: byYear(planned.sectorsByYear),
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
