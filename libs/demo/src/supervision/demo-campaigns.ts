import type { Communication, IsoDate, Period, YearSectors } from '@samverkan/supervision';
import { demoKeyed } from '../demo-tables';

/**
 * The two joint supervision campaigns (gemensamma tillsynsaktiviteter) of 2025–2026 as demo data,
 * after what the agencies have told about them:
 *
 * - "Ett hållbart arbetsliv i välfärden": home care, May 2025 – May 2026. FK took part in AV's
 *   partsmöte before the start, takes part in the communication, and in the principal-level
 *   inspections that follow where AV's workplace inspections found system deficiencies, where it
 *   informs about the support to prevent sick leave. Concluded in June 2026 and evaluated in October.
 * - "Ett hälsosamt arbetsliv": work adaptation, August 2025 – August 2026; preschool and primary
 *   care in 2025, industry and construction in 2026 (preliminary, confirmed by decision in December
 *   2025). Joint communication at start and end to the social partners (partnerråd, fackliga
 *   nätverk) and the employers concerned. Its period is over but it is still LAUNCHED: a few
 *   inspections wait for the follow-up of their requirements before it can be concluded.
 *
 * Campaign ids come from the command path (see `demoCampaignId`), from the keys below.
 */

export const DEMO_CAMPAIGN_KEYS = ['valfarden', 'halsosamt'] as const;
export type DemoCampaignKey = (typeof DEMO_CAMPAIGN_KEYS)[number];

/** A decision changing a year's sectors (the seed sends it as the steering group). */
export interface DemoSectorChange {
  sectors: YearSectors;
  reason: string;
}

export interface DemoCampaign {
  /** Stable demo key: the command ids, and so the campaign id, derive from it. */
  key: DemoCampaignKey;
  name: string;
  focus: string;
  period: Period;
  /** The sectors as first planned. */
  sectorsByYear: YearSectors[];
  /** Decisions after planning, in order. */
  sectorChanges: DemoSectorChange[];
  launch: { launchedOn: IsoDate; communication: Communication };
  /** Every inspection of the campaign closed or carried over by then. */
  conclusion?: { concludedOn: IsoDate; communication: Communication };
  evaluation?: { evaluatedOn: IsoDate; summary: string };
}

export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    key: 'valfarden',
    name: 'Ett hållbart arbetsliv i välfärden',
    focus:
      'Arbetsmiljön i hemtjänsten: arbetsbelastning, organisatorisk och social arbetsmiljö och det systematiska ' +
      'arbetsmiljöarbetet. Arbetsmiljöverket inspekterar hemtjänstgrupper och, där det finns systembrister, huvudmannen. ' +
      'Försäkringskassan deltar vid inspektionerna på huvudmannanivå och informerar om stödet för att förebygga sjukfrånvaro.',
    period: { from: '2025-05-01', to: '2026-05-31' },
    sectorsByYear: [
      { year: 2025, sectors: ['HOME_CARE'], preliminary: false },
      { year: 2026, sectors: ['HOME_CARE'], preliminary: false },
    ],
    sectorChanges: [],
    launch: {
      launchedOn: '2025-04-24',
      communication: {
        audiences: ['partsmöte med arbetsmarknadens parter i välfärden', 'berörda arbetsgivare'],
        summary:
          'Arbetsmiljöverket presenterade tillsynen av hemtjänsten vid partsmötet inför starten, med Försäkringskassan på plats. ' +
          'Försäkringskassan deltar i kommunikationen under och efter tillsynen och vid inspektionerna på huvudmannanivå.',
      },
    },
    conclusion: {
      concludedOn: '2026-06-16',
      communication: {
        audiences: ['partsmöte med arbetsmarknadens parter i välfärden', 'berörda arbetsgivare'],
        summary:
          'Gemensam avslutning: de vanligaste bristerna var hög arbetsbelastning och saknade riskbedömningar av arbetets ' +
          'organisering. Huvudmännen påminns om stödet för att förebygga sjukfrånvaro och om skyldigheten att anpassa arbetet.',
      },
    },
    evaluation: {
      evaluatedOn: '2026-10-06',
      summary:
        '24 arbetsplatsinspektioner av hemtjänstgrupper hos 10 huvudmän i 11 län; systembrister vid 10 av dem. ' +
        '4 inspektioner på huvudmannanivå med Försäkringskassan, som informerade om stödet för att förebygga sjukfrånvaro. ' +
        'Kraven följdes upp och uppfylldes utom ett, som förs vidare till ordinarie tillsyn. Samverkan vid huvudmannainspektionerna ' +
        'fungerade väl; nästa gång bör Försäkringskassan komma in redan vid planeringen av urvalet.',
    },
  },
  {
    key: 'halsosamt',
    name: 'Ett hälsosamt arbetsliv',
    focus:
      'Arbetsanpassning: arbetsgivarens skyldighet att anpassa arbetet och att arbeta förebyggande så att färre blir ' +
      'sjukskrivna. Under 2025 förskola och primärvård, under 2026 preliminärt industri och bygg.',
    period: { from: '2025-08-01', to: '2026-08-31' },
    sectorsByYear: [
      { year: 2025, sectors: ['PRESCHOOL', 'PRIMARY_CARE'], preliminary: false },
      { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: true },
    ],
    sectorChanges: [
      {
        sectors: { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: false },
        reason:
          'Styrgruppen fastställer inriktningen för 2026 efter avstämning i december 2025: industri och bygg, som planerat. ' +
          'Sjukfrånvaron och behovet av arbetsanpassning är fortsatt stora där, och partsråden har förberetts.',
      },
    ],
    launch: {
      launchedOn: '2025-08-19',
      communication: {
        audiences: ['partnerråd', 'fackliga nätverk', 'berörda arbetsgivare'],
        summary:
          'Gemensam uppstart av Försäkringskassan och Arbetsmiljöverket: tillsynen om arbetsanpassning riktar sig 2025 till ' +
          'förskola och primärvård och 2026 preliminärt till industri och bygg. Arbetsgivarna får information om skyldigheterna och stödet.',
      },
    },
  },
];

export function demoCampaign(key: string): DemoCampaign {
  return demoKeyed(DEMO_CAMPAIGNS, key, 'campaign');
}

/** The sector plan after every decision: what the campaign aims at, year by year. */
export function sectorsAfterChanges(campaign: DemoCampaign): YearSectors[] {
  const plan = new Map(campaign.sectorsByYear.map((entry) => [entry.year, entry]));
  for (const { sectors } of campaign.sectorChanges) plan.set(sectors.year, sectors);
  return [...plan.values()].sort((a, b) => a.year - b.year);
}
