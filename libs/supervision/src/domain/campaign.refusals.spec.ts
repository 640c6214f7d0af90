import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { fold } from '@samverkan/core/domain';
import { changed } from '@samverkan/core/testing/changed';
import { campaignDecider } from './campaign';
import { textOf, without } from '@samverkan/core/testing/edges';
import { CampaignCommand } from './campaign.commands';
import { CampaignEvent } from './campaign.events';
import { Communication, YearSectors } from './supervision.model';
import {
  aConcludedCampaign,
  aLaunchedCampaign,
  anEvaluatedCampaign,
  aPlannedCampaign,
  campaignSpec as spec,
  closingCommunication,
  commandOf,
  HEALTHY_ID,
  healthyPlanned,
  launchCommunication,
  metadata,
  planWelfareWith as plan,
  TOMORROW,
  WELFARE_ID as campaignId,
  yearSectors as year,
} from './testing/supervision.fixtures';

/**
 * A refusal tells the client which campaign it refused and what was wrong with it: the details
 * carry the campaign id beside the field, date or year at fault. Commands sent by a client that
 * left a part out entirely are refused with the rule's code, never with a crash.
 */

const changeSectors = (sectors: YearSectors | undefined, reason?: string, id = campaignId): CampaignCommand =>
  ({
    type: 'ChangeCampaignSectors',
    data: { campaignId: id, sectors },
    metadata,
    ...(reason !== undefined ? { reason } : {}),
  }) as CampaignCommand;
const launch = (launchedOn: string, communication?: Communication): CampaignCommand =>
  commandOf('LaunchCampaign', { campaignId, launchedOn, communication: communication as Communication });
const conclude = changed(
  commandOf<CampaignCommand<'ConcludeCampaign'>>('ConcludeCampaign', {
    campaignId,
    concludedOn: '2025-11-18',
    communication: closingCommunication,
    inspections: [],
  }),
);
const evaluate = (evaluatedOn: string, summary = 'Utvärderad'): CampaignCommand =>
  commandOf('EvaluateCampaign', { campaignId, evaluatedOn, summary });
const audiences = (...given: unknown[]): Communication => ({
  audiences: given as string[],
  summary: 'Tillsynen startar',
});
const springPeriod = { from: '2025-01-01', to: '2025-06-30' };
const aSpringCampaign: CampaignEvent[] = [
  {
    type: 'CampaignPlanned',
    data: {
      ...plan({ period: springPeriod, sectorsByYear: [year(2025, ['SCHOOL'])] }).data,
      lead: 'AV',
      partner: 'FK',
    },
  },
];

describe('A refused campaign command names the campaign', () => {
  itRefusesEach(
    spec,
    [
      ['planned twice', aPlannedCampaign, plan({}), 'CAMPAIGN_ALREADY_PLANNED', {}],
      ['planned with a blank name', [], plan({ name: ' ' }), 'INVALID_TEXT', { field: 'name' }],
      [
        'planned over a period that ends before it starts',
        [],
        plan({ period: { from: '2026-05-31', to: '2025-05-01' } }),
        'INVALID_PERIOD',
        { period: { from: '2026-05-31', to: '2025-05-01' } },
      ],
      ['planned without any year', [], plan({ sectorsByYear: [] }), 'INVALID_SECTORS', {}],
      [
        'planned with a year twice',
        [],
        plan({ sectorsByYear: [year(2026, ['HOME_CARE']), year(2026, ['SCHOOL'])] }),
        'INVALID_SECTOR_YEAR',
        { year: 2026 },
      ],
      [
        'changed without a reason',
        aPlannedCampaign,
        changeSectors(year(2026, ['SCHOOL'])),
        'REASON_REQUIRED',
        { year: 2026 },
      ],
      ['launched tomorrow', aPlannedCampaign, launch(TOMORROW, launchCommunication), 'DATE_IN_FUTURE', {}],
      [
        'launched after its period',
        aSpringCampaign,
        launch('2025-07-01', launchCommunication),
        'LAUNCH_AFTER_PERIOD',
        { launchedOn: '2025-07-01', period: springPeriod },
      ],
      [
        'launched with a blank summary',
        aPlannedCampaign,
        launch('2025-05-12', { audiences: ['partnerråd'], summary: '' }),
        'COMMUNICATION_REQUIRED',
        { field: 'communication.summary' },
      ],
      [
        'launched with an audience longer than 200 characters',
        aPlannedCampaign,
        launch('2025-05-12', audiences('partnerråd', textOf(201))),
        'INVALID_TEXT',
        { field: 'communication.audiences', max: 200 },
      ],
      [
        'launched with a summary longer than 4000 characters',
        aPlannedCampaign,
        launch('2025-05-12', { audiences: ['partnerråd'], summary: textOf(4001) }),
        'INVALID_TEXT',
        { field: 'communication.summary' },
      ],
      ['concluded tomorrow', aLaunchedCampaign, conclude({ concludedOn: TOMORROW }), 'DATE_IN_FUTURE', {}],
      [
        'concluded before its launch',
        aLaunchedCampaign,
        conclude({ concludedOn: '2025-05-11' }),
        'CONCLUDED_BEFORE_LAUNCH',
        { field: 'concludedOn', earliest: '2025-05-12' },
      ],
      [
        'concluded with an open inspection',
        aLaunchedCampaign,
        conclude({ inspections: [{ inspectionId: 'i1', status: 'OPEN' }] }),
        'CAMPAIGN_HAS_OPEN_INSPECTIONS',
        { inspectionIds: ['i1'] },
      ],
      ['concluded before it is launched', aPlannedCampaign, conclude({}), 'CAMPAIGN_NOT_LAUNCHED', {}],
      [
        'changed once concluded',
        aConcludedCampaign,
        changeSectors(year(2026, ['SCHOOL']), 'Skäl'),
        'CAMPAIGN_CLOSED',
        {},
      ],
      ['evaluated tomorrow', aConcludedCampaign, evaluate(TOMORROW), 'DATE_IN_FUTURE', {}],
      [
        'evaluated before its conclusion',
        aConcludedCampaign,
        evaluate('2025-11-17'),
        'EVALUATED_BEFORE_CONCLUSION',
        { earliest: '2025-11-18' },
      ],
      [
        'evaluated without a summary',
        aConcludedCampaign,
        evaluate('2025-11-18', ' '),
        'INVALID_TEXT',
        { field: 'summary' },
      ],
      ['evaluated twice', anEvaluatedCampaign, evaluate('2025-11-18'), 'CAMPAIGN_NOT_CONCLUDED', {}],
    ] satisfies Refusal<CampaignCommand, CampaignEvent>[],
    { campaignId },
  );
});

describe('A campaign command that leaves a part out', () => {
  const whenPlan = spec.given([]).whenEach(plan);

  it('is refused a plan without a period, naming none', () => {
    spec
      .given([])
      .when(without(plan({}), 'period'))
      .thenThrows('INVALID_PERIOD', { details: { campaignId, period: null } });
    whenPlan({ period: { from: 20250501, to: '2026-05-31' } as never }).thenThrows('INVALID_PERIOD');
  });

  it('is refused a plan without its years of sectors', () => {
    spec
      .given([])
      .when(without(plan({}), 'sectorsByYear'))
      .thenThrows('INVALID_SECTORS', { details: { campaignId } });
  });

  it('is refused a year that is missing, has no year or no sectors', () => {
    whenPlan({ sectorsByYear: [undefined as never] }).thenThrows('INVALID_SECTOR_YEAR', {
      details: { year: null, years: [2025, 2026] },
    });
    whenPlan({ sectorsByYear: [{ sectors: ['HOME_CARE'] } as never] }).thenThrows('INVALID_SECTOR_YEAR', {
      details: { year: null },
    });
    whenPlan({ sectorsByYear: [{ year: 2025 } as never] }).thenThrows('INVALID_SECTORS', {
      details: { year: 2025, sectors: [] },
    });
    spec.given(aPlannedCampaign).when(changeSectors(undefined, 'Skäl')).thenThrows('INVALID_SECTOR_YEAR');
  });

  it('is refused a launch without a communication, or with an audience that is not text', () => {
    const whenLaunch = spec.given(aPlannedCampaign).whenEach(launch);
    whenLaunch('2025-05-12').thenThrows('COMMUNICATION_REQUIRED', { field: 'communication.audiences' });
    whenLaunch('2025-05-12', audiences('partnerråd', 7)).thenThrows('COMMUNICATION_REQUIRED', {
      field: 'communication.audiences',
    });
    const noSummary = { audiences: ['partnerråd'] } as Communication;
    whenLaunch('2025-05-12', noSummary).thenThrows('COMMUNICATION_REQUIRED', { field: 'communication.summary' });
  });
});

describe('A change of sectors', () => {
  it('is a change when it keeps as many sectors but swaps one', () => {
    const swapped = year(2025, ['PRESCHOOL', 'SCHOOL']);
    spec
      .given([healthyPlanned])
      .when(changeSectors(swapped, 'Skolan i stället', HEALTHY_ID))
      .then([
        {
          type: 'CampaignSectorsChanged',
          data: {
            campaignId: HEALTHY_ID,
            sectors: swapped,
            previous: year(2025, ['PRESCHOOL', 'PRIMARY_CARE']),
            reason: 'Skolan i stället',
          },
        },
      ]);
  });
});

describe('A refused campaign command explains itself in words people read', () => {
  const messageOf = (given: CampaignEvent[], command: CampaignCommand): string => {
    try {
      campaignDecider.decide(command, fold(campaignDecider, given));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${command.type} was not refused`);
  };

  it('names the status it is in and the one the command needs in lower case', () => {
    expect(messageOf(aPlannedCampaign, conclude({}))).toBe(`Campaign ${campaignId} is planned, not launched`);
    expect(messageOf(anEvaluatedCampaign, changeSectors(year(2026, ['SCHOOL']), 'Skäl'))).toBe(
      `Campaign ${campaignId} is evaluated`,
    );
  });
});
