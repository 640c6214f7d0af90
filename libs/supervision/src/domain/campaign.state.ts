import { CampaignEvent } from './campaign.events';
import { IsoDate, Period, YearSectors } from './supervision.model';

export interface NoCampaign {
  status: 'NONE';
}

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

export type CampaignState = NoCampaign | ExistingCampaign;
export type CampaignStatus = CampaignState['status'];

export function initialCampaignState(): CampaignState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignPlanned': {
      const { campaignId, name, focus, period, sectorsByYear } = event.data;
      return { status: 'PLANNED', campaignId, name, focus, period, sectorsByYear: byYear(sectorsByYear) };
    }
    case 'CampaignSectorsChanged': {
      const { sectors } = event.data;
      return onCampaign(state, (campaign) => ({
        ...campaign,
        sectorsByYear: byYear([...campaign.sectorsByYear.filter((entry) => entry.year !== sectors.year), sectors]),
      }));
    }
    case 'CampaignLaunched':
      return onCampaign(state, (campaign) => ({ ...campaign, status: 'LAUNCHED', launchedOn: event.data.launchedOn }));
    case 'CampaignConcluded':
      return onCampaign(state, (campaign) => ({
        ...campaign,
        status: 'CONCLUDED',
        concludedOn: event.data.concludedOn,
      }));
    case 'CampaignEvaluated':
      return onCampaign(state, (campaign) => ({
        ...campaign,
        status: 'EVALUATED',
        evaluatedOn: event.data.evaluatedOn,
      }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function byYear(entries: readonly YearSectors[]): YearSectors[] {
  return entries.map((entry) => ({ ...entry, sectors: [...entry.sectors] })).sort((a, b) => a.year - b.year);
}

/** Events before CampaignPlanned cannot occur in a campaign stream; if one did, it changes nothing. */
function onCampaign(state: CampaignState, change: (campaign: ExistingCampaign) => ExistingCampaign): CampaignState {
  return state.status === 'NONE' ? state : change(state);
}
