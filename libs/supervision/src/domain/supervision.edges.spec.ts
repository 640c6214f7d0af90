import { changed } from '@samverkan/core/testing/changed';
import { edgeOf, textLimit } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, without } from '@samverkan/core/testing/edges';
import { CampaignCommand } from './campaign.commands';
import { CampaignEvent } from './campaign.events';
import {
  aConcludedCampaign,
  aLaunchedCampaign,
  campaignSpec,
  closingCommunication,
  commandOf,
  launchCommunication,
  metadata,
  planWelfareWith as plan,
  TODAY,
  TOMORROW,
  WELFARE_ID,
  welfareLaunched,
  welfarePlanned,
} from './testing/supervision.fixtures';

/** A campaign's limits, each from both sides; today is 20 November 2025, and the welfare campaign runs May 2025 – May 2026. */

const planned = changed(welfarePlanned);
const oneYear = (year: number) => [{ year, sectors: ['HOME_CARE' as const], preliminary: false }];
/** A campaign that ended on 30 September 2025, launched late. */
const endedInSeptember = planned({ period: { from: '2025-05-01', to: '2025-09-30' }, sectorsByYear: oneYear(2025) });
const launch = (launchedOn: string): CampaignCommand =>
  commandOf('LaunchCampaign', { campaignId: WELFARE_ID, launchedOn, communication: launchCommunication });
const launched = (launchedOn: string): CampaignEvent => ({
  ...welfareLaunched,
  data: { ...welfareLaunched.data, launchedOn },
});
const conclude = (concludedOn: string, summary = closingCommunication.summary): CampaignCommand =>
  commandOf('ConcludeCampaign', {
    campaignId: WELFARE_ID,
    concludedOn,
    communication: { ...closingCommunication, summary },
    inspections: [],
  });
const concluded = (concludedOn: string, summary = closingCommunication.summary): CampaignEvent => ({
  type: 'CampaignConcluded',
  data: {
    campaignId: WELFARE_ID,
    concludedOn,
    communication: { ...closingCommunication, summary },
    closedInspections: 0,
    carriedOverInspections: 0,
  },
});
const evaluate = (evaluatedOn: string, summary = 'Systembrister hos hälften av huvudmännen.'): CampaignCommand =>
  commandOf('EvaluateCampaign', { campaignId: WELFARE_ID, evaluatedOn, summary });
const evaluated = (evaluatedOn: string, summary = 'Systembrister hos hälften av huvudmännen.'): CampaignEvent => ({
  type: 'CampaignEvaluated',
  data: { campaignId: WELFARE_ID, evaluatedOn, summary },
});

const onPlan = edgeOf(plan, planned);
const onConclude = edgeOf(conclude, concluded, aLaunchedCampaign);
const onEvaluate = edgeOf(evaluate, evaluated, aConcludedCampaign);
const edges: Edge<CampaignCommand, CampaignEvent>[] = [
  onPlan(
    'a period may be a single day, not end before it starts',
    [{ period: { from: '2025-05-01', to: '2025-05-01' }, sectorsByYear: oneYear(2025) }],
    [{ period: { from: '2025-05-01', to: '2025-04-30' }, sectorsByYear: oneYear(2025) }],
    'INVALID_PERIOD',
  ),
  onPlan(
    'sectors are planned for the first year of the period, not the year before',
    [{ sectorsByYear: oneYear(2025) }],
    [{ sectorsByYear: oneYear(2024) }],
    'INVALID_SECTOR_YEAR',
  ),
  onPlan(
    'sectors are planned for the last year of the period, not the year after',
    [{ sectorsByYear: oneYear(2026) }],
    [{ sectorsByYear: oneYear(2027) }],
    'INVALID_SECTOR_YEAR',
  ),
  edgeOf(launch, launched, [endedInSeptember])(
    'a campaign is launched on the last day of its period at the latest',
    ['2025-09-30'],
    ['2025-10-01'],
    'LAUNCH_AFTER_PERIOD',
  ),
  edgeOf(launch, launched, [welfarePlanned])(
    'a campaign is launched today at the latest',
    [TODAY],
    [TOMORROW],
    'DATE_IN_FUTURE',
  ),
  onConclude(
    'a campaign concludes on its launch day at the earliest',
    ['2025-05-12'],
    ['2025-05-11'],
    'CONCLUDED_BEFORE_LAUNCH',
  ),
  onConclude('a campaign concludes today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
  onEvaluate(
    'a campaign is evaluated on the day it concluded at the earliest',
    ['2025-11-18'],
    ['2025-11-17'],
    'EVALUATED_BEFORE_CONCLUSION',
  ),
  textLimit(onEvaluate, 'an evaluation', 4000, (text) => [TODAY, text]),
  textLimit(onConclude, 'a closing communication', 4000, (text) => [TODAY, text]),
  textLimit(onPlan, 'a campaign’s name', 200, (name) => [{ name }]),
  textLimit(onPlan, 'a campaign’s focus', 4000, (focus) => [{ focus }]),
];

describe('A supervision campaign’s limits, from both sides', () => {
  describeEdges(campaignSpec, edges);

  it('plans sectors whose preliminary flag is left out entirely as settled', () => {
    const sectorsByYear = [
      { year: 2025, sectors: ['HOME_CARE' as const] },
    ] as CampaignCommand<'PlanCampaign'>['data']['sectorsByYear'];
    campaignSpec
      .given([])
      .when(plan({ sectorsByYear }))
      .then([planned({ sectorsByYear: oneYear(2025) })]);
  });

  it('concludes a campaign whose inspections are left out entirely, with none', () => {
    campaignSpec
      .given(aLaunchedCampaign)
      .when(without(conclude(TODAY), 'inspections'))
      .then([concluded(TODAY)]);
  });

  it('refuses a change of sectors whose reason is only spaces, or is left out entirely', () => {
    const change = {
      type: 'ChangeCampaignSectors',
      data: { campaignId: WELFARE_ID, sectors: { year: 2026, sectors: ['ELDERLY_CARE'] } },
      metadata,
    };
    campaignSpec
      .given([welfarePlanned])
      .when({ ...change, reason: '    ' } as CampaignCommand)
      .thenThrows('REASON_REQUIRED');
    campaignSpec
      .given([welfarePlanned])
      .when(change as CampaignCommand)
      .thenThrows('REASON_REQUIRED');
  });
});
