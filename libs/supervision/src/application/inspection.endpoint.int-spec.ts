import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { AV_INSPECTOR, COLLABORATION_OFFICER, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { supervisionModuleEvents } from '../domain';
import {
  aLaunchedCampaign,
  aPlannedCampaign,
  closed,
  findingsRecorded,
  municipality,
  principalInspected,
  workplaceInspected,
} from '../domain/testing/supervision.fixtures';
import { InspectionReport, inspectionEndpoint } from './inspection.endpoint';
import { inspectionIdFor, otherFkParticipantId, otherInspectorId, requirementIdFor } from './supervision.ids';
import { campaign, inspection, WELFARE_ID } from './testing/supervision.streams';

const spec = endpointSpecification(inspectionEndpoint, [supervisionModuleEvents]);
const inspector = 'test-av_inspector';

/** The fixtures' workplace inspection as AV reports it, its principal's number without the dash. */
const { inspectionId: _, campaignId: __, inspectorIds: ___, ...recorded } = workplaceInspected.data;
const report: InspectionReport = {
  ...recorded,
  campaignId: WELFARE_ID,
  principal: { ...municipality, organisationNumber: '2120001355' },
  otherInspectors: ['Per Kollega'],
};
const record = (data: Partial<InspectionReport> = {}) => ({
  type: 'RecordInspection' as const,
  data: { ...report, ...data },
});

describe('The inspection endpoint', () => {
  describe('when AV records an inspection', () => {
    const colleague = otherInspectorId(TEST_COMMAND_ID, 0);

    it('reads the launched campaign, normalises the principal, and names the colleague under an id from the command id', () =>
      spec
        .given([campaign(aLaunchedCampaign)])
        .when(record(), AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              ...workplaceInspected,
              data: {
                ...workplaceInspected.data,
                inspectionId: inspectionIdFor(TEST_COMMAND_ID),
                inspectorIds: [inspector, colleague],
              },
            },
          ],
          ({ persons }) => expect(persons.find(colleague)).toMatchObject({ name: 'Per Kollega', organisation: 'AV' }),
        ));

    it('refuses a region outside the configured ones at its field, naming no one', () =>
      spec
        .given([campaign(aLaunchedCampaign)])
        .when(record({ region: 'Atlantis' }), AV_INSPECTOR)
        .thenThrows('BAD_USER_INPUT', { field: 'region' }));

    it('refuses a campaign that does not exist', () =>
      spec.given().when(record(), AV_INSPECTOR).thenThrows('CAMPAIGN_NOT_FOUND'));

    it('refuses a campaign not yet launched, as its stream tells it, naming no one', () =>
      spec
        .given([campaign(aPlannedCampaign)])
        .when(record(), AV_INSPECTOR)
        .thenThrows('CAMPAIGN_NOT_LAUNCHED'));

    it('refuses on a stale revision, naming no one', () =>
      spec
        .given([campaign(aLaunchedCampaign)])
        .when(record(), AV_INSPECTOR, { expectedRevision: 0 })
        .thenThrows('CONFLICT'));

    describe('at principal level', () => {
      const { workplace: _w, ...principal } = report;
      const basedOnInspectionId = workplaceInspected.data.inspectionId;
      const atPrincipalLevel = {
        type: 'RecordInspection' as const,
        data: {
          ...principal,
          level: 'PRINCIPAL' as const,
          inspectedOn: '2025-10-15',
          otherInspectors: [],
          basedOnInspectionId,
        },
      };

      it('builds on the workplace inspection whose own events show system deficiencies', () =>
        spec
          .given([campaign(aLaunchedCampaign), inspection([workplaceInspected, findingsRecorded()])])
          .when(atPrincipalLevel, AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
          .then([
            {
              ...principalInspected,
              data: {
                ...principalInspected.data,
                inspectionId: inspectionIdFor(TEST_COMMAND_ID),
                inspectorIds: [inspector],
              },
            },
          ]));

      it('refuses a basis that was never recorded', () =>
        spec
          .given([campaign(aLaunchedCampaign)])
          .when(atPrincipalLevel, AV_INSPECTOR)
          .thenThrows('PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES', { details: { reason: 'BASIS_NOT_FOUND' } }));
    });
  });

  describe('when FK records its participation', () => {
    const { inspectionId } = workplaceInspected.data;
    const participation = {
      type: 'RecordFkParticipation' as const,
      data: { inspectionId, otherParticipants: ['Sara Kollega'], informedAbout: 'Stöd' },
    };
    const colleague = otherFkParticipantId(TEST_COMMAND_ID, 0);
    const participantIds = ['test-collaboration_officer', colleague];

    it('records the sender and the colleague, named under an id from the command id', () =>
      spec
        .given([inspection([workplaceInspected])])
        .when(participation, COLLABORATION_OFFICER, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'FkParticipationRecorded',
              data: { inspectionId, campaignId: WELFARE_ID, participantIds, informedAbout: 'Stöd' },
            },
          ],
          ({ persons }) => expect(persons.find(colleague)).toMatchObject({ name: 'Sara Kollega', organisation: 'FK' }),
        ));

    it('names no one when the inspection is closed', () =>
      spec
        .given([inspection([workplaceInspected, closed()])])
        .when(participation, COLLABORATION_OFFICER)
        .thenThrows('INSPECTION_CLOSED'));
  });

  it('issues a requirement under an id from the command id, dated the day it is handled when no date is given', () => {
    const requirement = {
      inspectionId: workplaceInspected.data.inspectionId,
      description: 'Krav',
      dueDate: '2099-12-31',
    };
    const issued = {
      ...requirement,
      campaignId: WELFARE_ID,
      requirementId: requirementIdFor(TEST_COMMAND_ID),
      issuedOn: today(),
    };
    return spec
      .given([inspection([workplaceInspected])])
      .when({ type: 'IssueRequirement', data: requirement }, AV_INSPECTOR, { commandId: TEST_COMMAND_ID })
      .then([{ type: 'RequirementIssued', data: issued }]);
  });
});
