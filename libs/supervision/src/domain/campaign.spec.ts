import { fold } from '@samverkan/core/domain';
import { campaignDecider, campaignStream } from './campaign';
import { CampaignCommand, InspectionStanding } from './campaign.commands';
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
  plannedFrom,
  planHealthy,
  planWelfare,
  planWelfareWith as plan,
  TODAY,
  TOMORROW,
  WELFARE_ID as campaignId,
  welfareConcluded,
  welfareEvaluated,
  welfareLaunched,
  welfarePlanned,
  yearSectors as year,
} from './testing/supervision.fixtures';

const changeSectors = (sectors: YearSectors, reason?: string, id = campaignId): CampaignCommand => ({
  type: 'ChangeCampaignSectors',
  data: { campaignId: id, sectors },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const launch = (launchedOn = '2025-05-12', communication: Communication = launchCommunication): CampaignCommand =>
  commandOf('LaunchCampaign', { campaignId, launchedOn, communication });
const standing = (inspectionId: string, status: InspectionStanding['status']): InspectionStanding => ({
  inspectionId,
  status,
});
const finished = [standing('i1', 'CLOSED'), standing('i2', 'CLOSED'), standing('i3', 'CARRIED_OVER')];
const conclude = (
  inspections: InspectionStanding[] = finished,
  concludedOn = '2025-11-18',
  communication: Communication = closingCommunication,
): CampaignCommand<'ConcludeCampaign'> =>
  commandOf('ConcludeCampaign', { campaignId, concludedOn, communication, inspections });
const evaluate = (summary = welfareEvaluated.data.summary, evaluatedOn = TODAY): CampaignCommand =>
  commandOf('EvaluateCampaign', { campaignId, evaluatedOn, summary });
const withData = <E extends CampaignEvent>(event: E, data: Partial<E['data']>): E => ({
  ...event,
  data: { ...event.data, ...data },
});
const sectorsChanged = (
  sectors: YearSectors,
  previous: YearSectors | null,
  reason = 'Styrgruppens beslut',
  id = campaignId,
) => ({ type: 'CampaignSectorsChanged', data: { campaignId: id, sectors, previous, reason } }) as CampaignEvent;
const everyOtherCommand = [changeSectors(year(2025, ['SCHOOL']), 'Skäl'), launch(), conclude(), evaluate()];
/** A campaign over in June 2025, so that a launch on its last day or after it is not in the future. */
const spring = plan({ period: { from: '2025-01-01', to: '2025-06-30' }, sectorsByYear: [year(2025, ['SCHOOL'])] });
const springPlanned = plannedFrom(spring);

describe('Campaign', () => {
  describe('when it is not planned', () => {
    it('is planned with its period and the sectors of each year, led by AV with FK', () => {
      spec.given([]).when(planWelfare).then([welfarePlanned]);
    });

    it('plans the years in year order, keeping a preliminary year preliminary', () => {
      const reversed = {
        ...planHealthy,
        data: { ...planHealthy.data, sectorsByYear: [...planHealthy.data.sectorsByYear].reverse() },
      };
      spec.given([]).when(reversed).then([healthyPlanned]);
    });

    it('trims its name, focus and period', () => {
      const padded = plan({
        name: ' Ett hållbart arbetsliv i välfärden\n',
        focus: ` ${planWelfare.data.focus} `,
        period: { from: ' 2025-05-01', to: '2026-05-31 ' },
      });
      spec.given([]).when(padded).then([welfarePlanned]);
    });

    it('runs for a single day at the shortest', () => {
      const oneDay = plan({
        period: { from: '2025-05-01', to: '2025-05-01' },
        sectorsByYear: [year(2025, ['HOME_CARE'])],
      });
      spec
        .given([])
        .when(oneDay)
        .then([{ ...welfarePlanned, data: { ...oneDay.data, lead: 'AV', partner: 'FK' } }]);
    });

    const whenPlan = spec.given([]).whenEach(plan);

    it.each([
      ['ends before it begins', { from: '2026-05-31', to: '2025-05-01' }],
      ['starts on an impossible date', { from: '2025-02-29', to: '2026-05-31' }],
      ['has no end', { from: '2025-05-01', to: '' }],
      ['ends on an impossible date', { from: '2025-05-01', to: '2026-02-29' }],
    ])('rejects a period that %s', (_, period) => {
      whenPlan({ period }).thenThrows('INVALID_PERIOD');
    });

    it.each([2024, 2027])('rejects sectors for %i, outside the years of the period', (y) => {
      const command = plan({ sectorsByYear: [year(2025, ['HOME_CARE']), year(y, ['HOME_CARE'])] });
      spec
        .given([])
        .when(command)
        .thenThrows('INVALID_SECTOR_YEAR', { details: { year: y, years: [2025, 2026] } });
    });

    it('rejects a year planned twice', () => {
      whenPlan({ sectorsByYear: [year(2025, ['HOME_CARE']), year(2025, ['SCHOOL'])] }).thenThrows(
        'INVALID_SECTOR_YEAR',
      );
    });

    it.each([
      ['no sector', []],
      ['an unknown sector', ['HOME_CARE', 'FORESTRY']],
      ['a sector twice', ['HOME_CARE', 'HOME_CARE']],
    ])('rejects a year with %s', (_, sectors) => {
      const command = plan({ sectorsByYear: [year(2025, sectors as YearSectors['sectors'])] });
      spec
        .given([])
        .when(command)
        .thenThrows('INVALID_SECTORS', { details: { year: 2025 } });
    });

    it('rejects a plan without any year: an inspection could never fall among its sectors', () => {
      whenPlan({ sectorsByYear: [] }).thenThrows('INVALID_SECTORS');
    });

    it.each([
      ['name', { name: ' ' }],
      ['focus', { focus: '' }],
    ])('rejects a blank %s, naming the field', (field, data) => {
      whenPlan(data).thenThrows('INVALID_TEXT', { field });
    });

    it('rejects a blank or padded campaign id: it names the stream', () => {
      for (const id of ['', ' ', ` ${campaignId}`]) whenPlan({ campaignId: id }).thenThrows('INVALID_ID');
    });

    it('rejects every other command as not found', () => {
      for (const command of everyOtherCommand) spec.given([]).when(command).thenThrows('CAMPAIGN_NOT_FOUND');
    });
  });

  describe('when a command comes out of turn', () => {
    // Planned → launched → concluded → evaluated, never back; the sectors change until it is concluded.
    const newSectors = () => changeSectors(year(2026, ['SCHOOL']), 'Skäl');
    it.each([
      ['planned', 'conclude it', aPlannedCampaign, conclude, 'CAMPAIGN_NOT_LAUNCHED', 'PLANNED'],
      ['planned', 'evaluate it', aPlannedCampaign, evaluate, 'CAMPAIGN_NOT_CONCLUDED', 'PLANNED'],
      ['launched', 'launch it', aLaunchedCampaign, launch, 'CAMPAIGN_NOT_PLANNED', 'LAUNCHED'],
      ['launched', 'evaluate it', aLaunchedCampaign, evaluate, 'CAMPAIGN_NOT_CONCLUDED', 'LAUNCHED'],
      ['concluded', 'change its sectors', aConcludedCampaign, newSectors, 'CAMPAIGN_CLOSED', 'CONCLUDED'],
      ['concluded', 'launch it', aConcludedCampaign, launch, 'CAMPAIGN_NOT_PLANNED', 'CONCLUDED'],
      ['concluded', 'conclude it', aConcludedCampaign, conclude, 'CAMPAIGN_NOT_LAUNCHED', 'CONCLUDED'],
      ['evaluated', 'change its sectors', anEvaluatedCampaign, newSectors, 'CAMPAIGN_CLOSED', 'EVALUATED'],
      ['evaluated', 'evaluate it', anEvaluatedCampaign, evaluate, 'CAMPAIGN_NOT_CONCLUDED', 'EVALUATED'],
    ])('when it is %s, rejects a command to %s, naming its status', (_, __, events, command, code, status) => {
      spec.given(events).when(command()).thenThrows(code, { details: { status } });
    });

    it('rejects planning it again', () => {
      spec.given(aPlannedCampaign).when(planWelfare).thenThrows('CAMPAIGN_ALREADY_PLANNED');
    });
  });

  describe('when it is planned', () => {
    it('settles the preliminary 2026 sectors by a decision, recording the previous plan and the reason', () => {
      const settled = year(2026, ['INDUSTRY', 'ELDERLY_CARE']);
      spec
        .given([healthyPlanned])
        .when(changeSectors(settled, ' Styrgruppens beslut ', HEALTHY_ID))
        .then([
          sectorsChanged(settled, year(2026, ['INDUSTRY', 'CONSTRUCTION'], true), 'Styrgruppens beslut', HEALTHY_ID),
        ]);
    });

    it('plans a year that had no sectors yet, with no previous plan', () => {
      const only2025 = withData(healthyPlanned, { sectorsByYear: [healthyPlanned.data.sectorsByYear[0]] });
      const added = year(2026, ['INDUSTRY'], true);
      spec
        .given([only2025])
        .when(changeSectors(added, 'Styrgruppens beslut', HEALTHY_ID))
        .then([sectorsChanged(added, null, 'Styrgruppens beslut', HEALTHY_ID)]);
    });

    it('treats the same sectors, in any order, with the same flag as done, with or without a reason', () => {
      spec
        .given([healthyPlanned])
        .when(changeSectors(year(2026, ['CONSTRUCTION', 'INDUSTRY'], true), undefined, HEALTHY_ID))
        .thenNothingHappened();
    });

    it('changes a year that only stops being preliminary', () => {
      const confirmed = year(2026, ['INDUSTRY', 'CONSTRUCTION']);
      const previous = year(2026, ['INDUSTRY', 'CONSTRUCTION'], true);
      spec
        .given([healthyPlanned])
        .when(changeSectors(confirmed, 'Bekräftat', HEALTHY_ID))
        .then([sectorsChanged(confirmed, previous, 'Bekräftat', HEALTHY_ID)]);
    });

    const whenChangeSectors = spec.given(aPlannedCampaign).whenEach(changeSectors);

    it('rejects a change without a reason: it is a decision', () => {
      for (const reason of [undefined, ' ']) {
        whenChangeSectors(year(2026, ['SCHOOL']), reason).thenThrows('REASON_REQUIRED');
      }
    });

    it('rejects a change for a year outside the period, or to no sectors', () => {
      whenChangeSectors(year(2027, ['SCHOOL']), 'Skäl').thenThrows('INVALID_SECTOR_YEAR');
      whenChangeSectors(year(2026, []), 'Skäl').thenThrows('INVALID_SECTORS');
    });

    it('is launched with its communication to the social partners, trimmed', () => {
      const padded = {
        audiences: [' partnerråd', 'fackliga nätverk ', 'berörda arbetsgivare', 'partnerråd'],
        summary: ` ${launchCommunication.summary}\n`,
      };
      spec.given(aPlannedCampaign).when(launch('2025-05-12', padded)).then([welfareLaunched]);
    });

    it('is launched before its period starts, or on its last day, but not after it', () => {
      spec
        .given(aPlannedCampaign)
        .when(launch('2025-04-28'))
        .then([withData(welfareLaunched, { launchedOn: '2025-04-28' })]);
      const lastDay = { campaignId, launchedOn: '2025-06-30', communication: launchCommunication };
      const whenLaunch = spec.given([springPlanned]).whenEach(launch);
      whenLaunch('2025-06-30').then([{ type: 'CampaignLaunched', data: lastDay }]);
      whenLaunch('2025-07-01').thenThrows('LAUNCH_AFTER_PERIOD');
    });

    it('is launched today at the latest, on a real date', () => {
      const whenLaunch = spec.given(aPlannedCampaign).whenEach(launch);
      whenLaunch(TODAY).then([withData(welfareLaunched, { launchedOn: TODAY })]);
      whenLaunch(TOMORROW).thenThrows('DATE_IN_FUTURE');
      whenLaunch('2025-05-32').thenThrows('INVALID_DATE');
    });

    it.each([
      ['no audience', 'communication.audiences', { audiences: [], summary: 'Tillsynen startar' }],
      ['a blank audience', 'communication.audiences', { audiences: ['partnerråd', ' '], summary: 'Tillsynen startar' }],
      ['no summary', 'communication.summary', { audiences: ['partnerråd'], summary: ' ' }],
    ])('rejects a launch communication with %s', (_, field, communication) => {
      spec.given(aPlannedCampaign).when(launch(TODAY, communication)).thenThrows('COMMUNICATION_REQUIRED', { field });
    });
  });

  describe('when it is launched', () => {
    it('still changes the sectors of a year', () => {
      const changed = year(2026, ['HOME_CARE', 'ELDERLY_CARE']);
      spec
        .given(aLaunchedCampaign)
        .when(changeSectors(changed, 'Utökad'))
        .then([sectorsChanged(changed, year(2026, ['HOME_CARE']), 'Utökad')]);
    });

    const whenConclude = spec.given(aLaunchedCampaign).whenEach(conclude);

    it('is concluded when every inspection is closed or carried over, counting each', () => {
      whenConclude().then([welfareConcluded]);
    });

    it('is concluded without inspections', () => {
      const none = withData(welfareConcluded, { closedInspections: 0, carriedOverInspections: 0 });
      whenConclude([]).then([none]);
    });

    it('rejects a conclusion while inspections are open, naming them', () => {
      const command = conclude([...finished, standing('i4', 'OPEN'), standing('i5', 'OPEN')]);
      spec
        .given(aLaunchedCampaign)
        .when(command)
        .thenThrows('CAMPAIGN_HAS_OPEN_INSPECTIONS', { details: { inspectionIds: ['i4', 'i5'] } });
    });

    it('is concluded on its launch day at the earliest, and today at the latest', () => {
      whenConclude([], '2025-05-12').then([
        withData(welfareConcluded, { concludedOn: '2025-05-12', closedInspections: 0, carriedOverInspections: 0 }),
      ]);
      whenConclude([], '2025-05-11').thenThrows('CONCLUDED_BEFORE_LAUNCH');
      whenConclude([], TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a conclusion without its closing communication', () => {
      whenConclude(finished, TODAY, { audiences: [], summary: 'Avslutad' }).thenThrows('COMMUNICATION_REQUIRED');
    });
  });

  describe('when it is concluded', () => {
    const whenEvaluate = spec.given(aConcludedCampaign).whenEach(evaluate);

    it('is evaluated with a summary of what it achieved', () => {
      whenEvaluate(` ${welfareEvaluated.data.summary} `).then([welfareEvaluated]);
    });

    it('is evaluated on its conclusion day at the earliest, and today at the latest', () => {
      whenEvaluate(undefined, '2025-11-18').then([withData(welfareEvaluated, { evaluatedOn: '2025-11-18' })]);
      whenEvaluate(undefined, '2025-11-17').thenThrows('EVALUATED_BEFORE_CONCLUSION');
      whenEvaluate(undefined, TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects an evaluation without a summary', () => {
      whenEvaluate(' ').thenThrows('INVALID_TEXT');
    });
  });
});

describe('Campaign state', () => {
  it('holds what later commands need', () => {
    const { name, focus, period, sectorsByYear } = welfarePlanned.data;
    expect(fold(campaignDecider, aPlannedCampaign)).toEqual({
      status: 'PLANNED',
      campaignId,
      name,
      focus,
      period,
      sectorsByYear,
    });
    expect(fold(campaignDecider, aLaunchedCampaign)).toMatchObject({ status: 'LAUNCHED', launchedOn: '2025-05-12' });
    expect(fold(campaignDecider, aConcludedCampaign)).toMatchObject({ status: 'CONCLUDED', concludedOn: '2025-11-18' });
    expect(fold(campaignDecider, anEvaluatedCampaign)).toMatchObject({ status: 'EVALUATED', evaluatedOn: TODAY });
  });

  it('replaces a changed year and adds a new one in year order', () => {
    const only2026 = withData(healthyPlanned, { sectorsByYear: [healthyPlanned.data.sectorsByYear[1]] });
    const events = [
      only2026,
      sectorsChanged(year(2026, ['INDUSTRY']), year(2026, ['INDUSTRY', 'CONSTRUCTION'], true), 'Skäl', HEALTHY_ID),
      sectorsChanged(year(2025, ['PRESCHOOL']), null, 'Skäl', HEALTHY_ID),
    ];
    expect(fold(campaignDecider, events)).toMatchObject({
      sectorsByYear: [year(2025, ['PRESCHOOL']), year(2026, ['INDUSTRY'])],
    });
  });

  it('names the stream with the campaign category', () => {
    expect(campaignStream(campaignId)).toBe('campaign-hallbart-arbetsliv-valfarden');
  });
});
