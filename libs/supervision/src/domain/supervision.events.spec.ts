import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { CampaignEvent } from './campaign.events';
import { EligibilityEvent } from './eligibility.commands';
import { InspectionEvent } from './inspection.events';
import { supervisionModuleEvents } from './supervision';
import {} from './supervision.events';
import { INSPECTION_LEVELS, SUPERVISION_SECTORS } from './supervision.model';
import { inspectionLevelLabel, sectorList, supervisionSectorLabel } from './supervision.summaries';
import {
  carriedOver,
  closed,
  findings,
  findingsRecorded,
  fkParticipated,
  followedUp,
  HEALTHY_ID,
  healthyPlanned,
  markedEligible,
  PERSON,
  principalInspected,
  requirementIssued,
  welfareConcluded,
  welfareEvaluated,
  welfareLaunched,
  welfarePlanned,
  workplaceInspected,
} from './testing/supervision.fixtures';

const sectorsChanged: CampaignEvent = {
  type: 'CampaignSectorsChanged',
  data: {
    campaignId: HEALTHY_ID,
    sectors: { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION', 'ELDERLY_CARE'], preliminary: false },
    previous: { year: 2026, sectors: ['INDUSTRY', 'CONSTRUCTION'], preliminary: true },
    reason: 'Styrgruppens\nbeslut 2025-11-12',
  },
};
const oneCampaignEventOfEach: OneOfEach<CampaignEvent> = {
  CampaignPlanned: welfarePlanned,
  CampaignSectorsChanged: sectorsChanged,
  CampaignLaunched: welfareLaunched,
  CampaignConcluded: welfareConcluded,
  CampaignEvaluated: welfareEvaluated,
};
const oneInspectionEventOfEach: OneOfEach<InspectionEvent> = {
  InspectionRecorded: principalInspected,
  FkParticipationRecorded: fkParticipated([PERSON.fk, PERSON.fk2]),
  FindingsRecorded: findingsRecorded(),
  RequirementIssued: requirementIssued(),
  FollowUpRecorded: followedUp(),
  InspectionClosed: closed(),
  InspectionCarriedOver: carriedOver(),
};
const oneEligibilityEventOfEach: OneOfEach<EligibilityEvent> = {
  PrincipalMarkedEligible: markedEligible,
};
const summary = summaryOf(supervisionModuleEvents);
const freeText = [
  welfareLaunched.data.communication.summary,
  welfareEvaluated.data.summary,
  fkParticipated().data.informedAbout,
  requirementIssued().data.description,
  followedUp().data.note,
  workplaceInspected.data.workplace as string,
  ...findings.flatMap((f) => [f.area, f.description]),
];

describe('Supervision events', () => {
  describeModuleEvents(supervisionModuleEvents, {
    module: 'supervision',
    streams: {
      campaign: oneCampaignEventOfEach,
      inspection: oneInspectionEventOfEach,
      principalEligibility: oneEligibilityEventOfEach,
    },
    count: 13,
    decisions: ['CampaignSectorsChanged', 'InspectionCarriedOver'],
    hidden: freeText,
  });

  it('summarises a campaign', () => {
    expect(summary(welfarePlanned)).toBe(
      'Tillsynskampanj planerad: Ett hållbart arbetsliv i välfärden (2025-05-01 – 2026-05-31)',
    );
    expect(summary(healthyPlanned)).toBe('Tillsynskampanj planerad: Ett hälsosamt arbetsliv (2025-08-01 – 2026-08-31)');
    expect(summary(sectorsChanged)).toBe(
      'Kampanjens inriktning 2026: industri, bygg och äldreomsorg, tidigare industri och bygg (preliminärt). ' +
        'Skäl: Styrgruppens beslut 2025-11-12',
    );
    expect(summary({ ...sectorsChanged, data: { ...sectorsChanged.data, previous: null } } as CampaignEvent)).toContain(
      'tidigare ingen.',
    );
    expect(summary(welfareLaunched)).toBe('Tillsynskampanjen startade 2025-05-12, kommunikation till 3 målgrupper');
    expect(summary(welfareConcluded)).toBe(
      'Tillsynskampanjen avslutad 2025-11-18: 2 inspektioner avslutade, 1 överförd',
    );
    expect(summary(welfareEvaluated)).toBe('Tillsynskampanjen utvärderad 2025-11-20');
  });

  it('summarises an inspection, naming the principal but not the workplace', () => {
    expect(summary(principalInspected)).toBe('Inspektion på huvudmannanivå hos Exempel kommun (hemtjänst, Skåne)');
    expect(summary(workplaceInspected)).toBe('Inspektion på arbetsplatsnivå hos Exempel kommun (hemtjänst, Skåne)');
    expect(summary(oneInspectionEventOfEach.FkParticipationRecorded)).toBe(
      'Försäkringskassan deltog i inspektionen: 2 medarbetare',
    );
    expect(summary(findingsRecorded())).toBe('Iakttagelser: 3, varav 1 systembrist');
    expect(summary(findingsRecorded(findings.slice(1)))).toBe('Iakttagelser: 2, inga systembrister');
    expect(summary(requirementIssued())).toBe('Krav ställt, senast 2025-12-01');
    expect(summary(followedUp())).toBe('Uppföljning 2025-11-10: kraven uppfyllda');
    expect(summary(followedUp(false))).toBe('Uppföljning 2025-11-10: kraven inte uppfyllda');
    expect(summary(closed())).toBe('Inspektionen avslutad 2025-11-18');
    expect(summary(carriedOver())).toBe('Inspektionen fortsätter efter kampanjen: Kraven följs upp efter kampanjen');
  });

  it('summarises an eligible principal', () => {
    expect(summary(markedEligible)).toBe(
      'Huvudmannen kan inspekteras på huvudmannanivå (systembrister vid arbetsplatsinspektion)',
    );
  });

  it('has a Swedish label for every sector and level, and lists sectors in Swedish', () => {
    expectLabels(
      [
        [SUPERVISION_SECTORS, supervisionSectorLabel],
        [INSPECTION_LEVELS, inspectionLevelLabel],
      ],
      /^[a-zåäö]/,
    );
    expect(sectorList(['HOME_CARE'])).toBe('hemtjänst');
    expect(sectorList(['PRESCHOOL', 'PRIMARY_CARE', 'SCHOOL'])).toBe('förskola, primärvård och skola');
  });
});
