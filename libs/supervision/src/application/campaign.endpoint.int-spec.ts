import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { AV_INSPECTOR, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { supervisionModuleEvents } from '../domain';
import {
  aConcludedCampaign,
  aLaunchedCampaign,
  carriedOver,
  closed,
  closingCommunication,
  planWelfare,
  welfareConcluded,
  welfarePlanned,
} from '../domain/testing/supervision.fixtures';
import { campaignEndpoint } from './campaign.endpoint';
import { campaignIdFor } from './supervision.ids';
import { anotherInspection, campaign, HEALTHY_ID, inspection, WELFARE_ID } from './testing/supervision.streams';

const spec = endpointSpecification(campaignEndpoint, [supervisionModuleEvents]);
const { campaignId: _, ...plan } = planWelfare.data;
const conclude = {
  type: 'ConcludeCampaign' as const,
  data: { campaignId: WELFARE_ID, concludedOn: '2025-11-18', communication: closingCommunication },
};

describe('The campaign endpoint', () => {
  it('plans a campaign under the id the command id gives it', () =>
    spec
      .given()
      .when({ type: 'PlanCampaign', data: plan }, AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
      .then([{ ...welfarePlanned, data: { ...welfarePlanned.data, campaignId: campaignIdFor(TEST_COMMAND_ID) } }]));

  it('dates an evaluation without a date on the day it is handled', () =>
    spec
      .given([campaign(aConcludedCampaign)])
      .when({ type: 'EvaluateCampaign', data: { campaignId: WELFARE_ID, summary: 'Bra' } }, AV_INSPECTOR)
      .then([
        {
          type: 'CampaignEvaluated',
          data: { campaignId: WELFARE_ID, evaluatedOn: today(), summary: 'Bra' },
        },
      ]));

  describe('when a campaign concludes', () => {
    const insp = (id: string, ...more: Parameters<typeof inspection>[0]) =>
      inspection([anotherInspection(id), ...more]);

    it('counts its own inspections, closed and carried over, read from their streams; another campaign’s open one does not count', () =>
      spec
        .given([
          campaign(aLaunchedCampaign),
          insp('insp-closed', closed('insp-closed')),
          insp('insp-carried', carriedOver('insp-carried')),
          inspection([anotherInspection('insp-healthy', HEALTHY_ID)]),
        ])
        .when(conclude, AV_INSPECTOR)
        .then([
          { ...welfareConcluded, data: { ...welfareConcluded.data, closedInspections: 1, carriedOverInspections: 1 } },
        ]));

    it('is refused while one of its inspections is open, naming it', () =>
      spec
        .given([campaign(aLaunchedCampaign), insp('insp-closed', closed('insp-closed')), insp('insp-open')])
        .when(conclude, AV_INSPECTOR)
        .thenThrows('CAMPAIGN_HAS_OPEN_INSPECTIONS', { details: { inspectionIds: ['insp-open'] } }));

    it('is refused on a stale revision, saying which revision it found', () =>
      spec
        .given([campaign(aLaunchedCampaign)])
        .when(conclude, AV_INSPECTOR, { expectedRevision: 0 })
        .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
  });
});
