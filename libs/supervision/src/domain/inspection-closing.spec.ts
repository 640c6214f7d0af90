import { fold } from '@samverkan/core/domain';
import { inspectionDecider, inspectionStream } from './inspection';
import { InspectionCommand } from './inspection.commands';
import {
  carriedOver,
  closed,
  commandOf,
  everyLaterCommand,
  findingsRecorded,
  fkParticipated,
  followedUp,
  inspectionSpec as spec,
  metadata,
  municipality,
  PERSON,
  PRINCIPAL_INSPECTION_ID,
  principalInspected,
  REQUIREMENT_ID as requirementId,
  requirementIssued,
  TODAY,
  TOMORROW,
  WELFARE_ID as campaignId,
  WORKPLACE_INSPECTION_ID as inspectionId,
  workplaceInspected,
} from './testing/supervision.fixtures';

const close = (closedOn = '2025-11-18', id = inspectionId): InspectionCommand =>
  commandOf('CloseInspection', { inspectionId: id, closedOn });
const carryOver = (reason?: string): InspectionCommand => ({
  type: 'CarryOverInspection',
  data: { inspectionId },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const withRequirement = [workplaceInspected, requirementIssued()];

describe('Inspection', () => {
  describe('when it is closed', () => {
    it('closes a workplace inspection that issued no requirements', () => {
      spec.given([workplaceInspected, findingsRecorded()]).when(close()).then([closed()]);
    });

    it('closes on the day of the inspection at the earliest, and today at the latest', () => {
      const whenClose = spec.given([workplaceInspected]).whenEach(close);
      whenClose('2025-09-10').then([closed(inspectionId, '2025-09-10')]);
      whenClose('2025-09-09').thenThrows('BEFORE_INSPECTION');
      whenClose(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('closes a principal-level inspection only with FK participation recorded', () => {
      spec
        .given([principalInspected])
        .when(close(TODAY, PRINCIPAL_INSPECTION_ID))
        .thenThrows('FK_PARTICIPATION_REQUIRED');
      spec
        .given([principalInspected, fkParticipated()])
        .when(close(TODAY, PRINCIPAL_INSPECTION_ID))
        .then([closed(PRINCIPAL_INSPECTION_ID, TODAY)]);
    });

    it('closes once a follow-up found the requirements met', () => {
      spec
        .given([...withRequirement, followedUp()])
        .when(close())
        .then([closed()]);
    });

    it('rejects a close while a requirement has no follow-up, naming it', () => {
      spec
        .given(withRequirement)
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP', { details: { requirementIds: [requirementId] } });
    });

    it('rejects a close when the latest follow-up found the requirements not met', () => {
      spec
        .given([...withRequirement, followedUp(false)])
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP');
      spec
        .given([...withRequirement, followedUp(true), followedUp(false, TODAY)])
        .when(close(TODAY))
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP');
    });

    it('rejects a close while a requirement issued after the last follow-up waits for one', () => {
      const events = [...withRequirement, followedUp(), requirementIssued('krav-02', '2025-11-12')];
      spec
        .given(events)
        .when(close())
        .thenThrows('REQUIREMENTS_NOT_FOLLOWED_UP', { details: { requirementIds: ['krav-02'] } });
    });
  });

  describe('when it is carried over', () => {
    it('carries over an open inspection by a decision, keeping the reason', () => {
      spec.given(withRequirement).when(carryOver(' Kraven följs upp efter kampanjen ')).then([carriedOver()]);
    });

    it('rejects a carry-over without a reason', () => {
      for (const reason of [undefined, ' '])
        spec.given([workplaceInspected]).when(carryOver(reason)).thenThrows('REASON_REQUIRED');
    });
  });

  describe('once it is closed', () => {
    const events = [workplaceInspected, closed()];
    it('rejects every later command, naming its status', () => {
      for (const command of everyLaterCommand()) {
        spec
          .given(events)
          .when(command)
          .thenThrows('INSPECTION_CLOSED', { details: { status: 'CLOSED' } });
      }
    });
  });

  describe('once it is carried over', () => {
    it('goes on after the campaign: its requirement is followed up and it closes', () => {
      const carried = [...withRequirement, carriedOver()];
      spec
        .given(carried)
        .when({
          type: 'RecordFollowUp',
          data: {
            inspectionId,
            followedUpOn: '2025-11-10',
            note: 'Riskbedömning inkommen och granskad',
            requirementsMet: true,
          },
          metadata,
        })
        .then([followedUp()]);
      spec
        .given([...carried, followedUp()])
        .when(close())
        .then([closed()]);
    });

    it('is not carried over twice', () => {
      const events = [workplaceInspected, carriedOver()];
      spec
        .given(events)
        .when(carryOver('Igen'))
        .thenThrows('INSPECTION_CLOSED', { details: { status: 'CARRIED_OVER' } });
    });
  });
});

describe('Inspection state', () => {
  it('holds what later commands need', () => {
    const { level, principal, workplace, sector, region, inspectedOn } = workplaceInspected.data;
    expect(fold(inspectionDecider, [workplaceInspected])).toEqual({
      status: 'OPEN',
      inspectionId,
      campaignId,
      level,
      principal,
      workplace,
      sector,
      region,
      inspectedOn,
      fkParticipantIds: [],
      findings: [],
      systemDeficiencies: false,
      requirements: [],
      followUps: [],
    });
    expect(fold(inspectionDecider, [principalInspected, fkParticipated()])).toMatchObject({
      level: 'PRINCIPAL',
      principal: municipality,
      basedOnInspectionId: inspectionId,
      fkParticipantIds: [PERSON.fk],
    });
    expect(fold(inspectionDecider, [workplaceInspected, closed()])).toMatchObject({
      status: 'CLOSED',
      closedOn: '2025-11-18',
    });
    expect(fold(inspectionDecider, [workplaceInspected, carriedOver()])).toMatchObject({
      status: 'CARRIED_OVER',
      carryOverReason: 'Kraven följs upp efter kampanjen',
    });
  });

  it('names the stream with the inspection category', () => {
    expect(inspectionStream(inspectionId)).toBe('inspection-insp-2025-0001');
  });
});
