import { fold } from '@samverkan/core/domain';
import { termBounds } from '@samverkan/core/testing/edge-of';
import { groupDecider, groupStream } from './group';
import { GroupCommand, GroupEvent } from './group.commands';
import { ActiveGroup } from './group.state';
import { NATIONAL_GROUP_ID } from './knowledge.model';
import {
  aFoundedGroup,
  aGroupWithACancelledMeeting,
  aGroupWithAHeldMeeting,
  aGroupWithAPlannedMeeting,
  admitMember,
  AGENDA,
  AV,
  cancelMeeting,
  FHM,
  FK,
  foundGroup,
  FOUNDED_ON,
  GROUP_ID as groupId,
  groupFounded,
  groupSpec as spec,
  holdMeeting,
  MEETING_ID as meetingId,
  meetingCancelled,
  meetingHeld,
  meetingPlanned,
  memberAdmitted,
  memberRemoved,
  MYNAK,
  NEXT_MEETING_ID,
  planMeeting,
  PRESENT,
  removeMember,
  SOS,
  TODAY,
  TOMORROW,
} from './testing/knowledge.fixtures';

const plan = (data: Partial<GroupCommand<'PlanGroupMeeting'>['data']>): GroupCommand<'PlanGroupMeeting'> => ({
  ...planMeeting(),
  data: { ...planMeeting().data, ...data },
});
const stateAfter = (events: GroupEvent[]) => fold(groupDecider, events) as ActiveGroup;

describe('National knowledge group', () => {
  it('has one stream per group, the national one by default', () => {
    expect(groupStream(NATIONAL_GROUP_ID)).toBe('knowledgeGroup-national');
  });

  describe('when it is not founded', () => {
    const whenFoundGroup = spec.given([]).whenEach(foundGroup);

    it('is founded, hosted by FK', () => {
      whenFoundGroup().then([groupFounded()]);
    });

    it('trims the host and the date', () => {
      whenFoundGroup({ code: ' FK ', name: ' Försäkringskassan\n' }, ` ${FOUNDED_ON}`).then([groupFounded()]);
    });

    it('is founded today but not tomorrow', () => {
      whenFoundGroup(FK, TODAY).then([groupFounded(FK, TODAY)]);
      whenFoundGroup(FK, TOMORROW).thenThrows('DATE_IN_FUTURE');
      whenFoundGroup(FK, '2025-02-30').thenThrows('INVALID_DATE');
    });

    it('rejects a host with a malformed code or without a name', () => {
      for (const code of ['fk', 'F', '1FK', 'FK-1', 'ABCDEFGHIJK']) {
        whenFoundGroup({ code, name: FK.name }).thenThrows('INVALID_ORGANISATION_CODE');
      }
      whenFoundGroup({ code: 'FK', name: ' ' }).thenThrows('INVALID_TEXT');
    });

    it('rejects a padded or blank group id', () => {
      const command = { ...foundGroup(), data: { ...foundGroup().data, groupId: ' national' } };
      spec.given([]).when(command).thenThrows('INVALID_ID');
    });

    it.each([
      ['admitting a member', admitMember()],
      ['removing a member', removeMember()],
      ['planning a meeting', planMeeting()],
      ['holding a meeting', holdMeeting()],
      ['cancelling a meeting', cancelMeeting()],
    ])('rejects %s: the group is not found', (_, command) => {
      spec.given([]).when(command).thenThrows('GROUP_NOT_FOUND');
    });
  });

  describe('when it is founded', () => {
    it('counts the host as a member from the day it was founded', () => {
      expect(stateAfter([groupFounded()])).toMatchObject({
        status: 'ACTIVE',
        groupId,
        host: FK,
        foundedOn: FOUNDED_ON,
        members: { FK: { name: FK.name, joinedOn: FOUNDED_ON } },
        formerMembers: {},
        meetings: {},
      });
    });

    it('rejects founding it again', () => {
      spec.given([groupFounded()]).when(foundGroup()).thenThrows('GROUP_ALREADY_FOUNDED');
    });

    it('admits a member on or after the day it was founded, trimming it', () => {
      const whenAdmitMember = spec.given([groupFounded()]).whenEach(admitMember);
      whenAdmitMember(AV, FOUNDED_ON).then([memberAdmitted(AV, FOUNDED_ON)]);
      whenAdmitMember({ code: ' MYNAK', name: `${MYNAK.name} ` }, TODAY).then([memberAdmitted(MYNAK, TODAY)]);
    });

    it('rejects admitting a member before the group was founded, or in the future', () => {
      const whenAdmitMember = spec.given([groupFounded()]).whenEach(admitMember);
      whenAdmitMember(AV, '2025-08-31').thenThrows('BEFORE_FOUNDED');
      whenAdmitMember(AV, TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects admitting a current member again, the host among them', () => {
      const whenAdmitMember = spec.given(aFoundedGroup).whenEach(admitMember);
      whenAdmitMember(AV).thenThrows('ALREADY_A_MEMBER');
      whenAdmitMember(FK).thenThrows('ALREADY_A_MEMBER');
    });

    it('rejects admitting an organisation with a malformed code or no name', () => {
      const whenAdmitMember = spec.given(aFoundedGroup).whenEach(admitMember);
      whenAdmitMember({ code: 'Mynak', name: MYNAK.name }).thenThrows('INVALID_ORGANISATION_CODE');
      whenAdmitMember({ code: 'MYNAK', name: '' }).thenThrows('INVALID_TEXT');
    });

    it('keeps its members by code with the day they joined', () => {
      expect(stateAfter(aFoundedGroup).members).toEqual({
        FK: { name: FK.name, joinedOn: FOUNDED_ON },
        AV: { name: AV.name, joinedOn: '2025-09-01' },
        FHM: { name: FHM.name, joinedOn: '2025-09-01' },
        SOS: { name: SOS.name, joinedOn: '2025-09-15' },
      });
    });
  });

  describe('when a member leaves', () => {
    const whenRemoveMember = spec.given(aFoundedGroup).whenEach(removeMember);

    it('is removed, as a decision with its reason', () => {
      whenRemoveMember().then([memberRemoved()]);
      whenRemoveMember(' SOS ', ' 2025-09-15').then([memberRemoved('SOS', '2025-09-15')]);
    });

    it('rejects a removal without a reason', () => {
      whenRemoveMember('SOS', '2025-11-01', null).thenThrows('REASON_REQUIRED');
      whenRemoveMember('SOS', '2025-11-01', ' ').thenThrows('REASON_REQUIRED');
    });

    it('rejects removing an organisation that is not a member, naming it', () => {
      whenRemoveMember('MYNAK').thenThrows('NOT_A_MEMBER', { details: { code: 'MYNAK' } });
    });

    it('rejects removing the host: FK hosts the group as long as it goes on', () => {
      whenRemoveMember('FK').thenThrows('HOST_CANNOT_LEAVE');
    });

    it('rejects leaving before joining, or in the future', () => {
      whenRemoveMember('SOS', '2025-09-14').thenThrows('BEFORE_JOINED');
      whenRemoveMember('SOS', TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('keeps the former membership with its dates and reason, and no longer counts it', () => {
      const group = stateAfter([...aFoundedGroup, memberRemoved()]);
      expect(group.members).not.toHaveProperty('SOS');
      expect(group.formerMembers).toEqual({
        SOS: [{ joinedOn: '2025-09-15', leftOn: '2025-11-01', reason: expect.any(String) }],
      });
    });

    it('rejects removing it twice', () => {
      spec
        .given([...aFoundedGroup, memberRemoved()])
        .when(removeMember())
        .thenThrows('NOT_A_MEMBER');
    });

    it('admits a former member again, keeping every past membership', () => {
      const left = [...aFoundedGroup, memberRemoved()];
      spec
        .given(left)
        .when(admitMember(SOS, TODAY))
        .then([memberAdmitted(SOS, TODAY)]);
      const again = stateAfter([
        ...left,
        memberAdmitted(SOS, '2025-11-05'),
        memberRemoved('SOS', '2025-11-10', 'Igen'),
      ]);
      expect(again.formerMembers.SOS.map(({ joinedOn, leftOn }) => [joinedOn, leftOn])).toEqual([
        ['2025-09-15', '2025-11-01'],
        ['2025-11-05', '2025-11-10'],
      ]);
    });
  });

  describe('when a meeting is planned', () => {
    const whenPlanMeeting = spec.given(aFoundedGroup).whenEach(planMeeting);

    it('is planned inside its term, with its agenda trimmed', () => {
      whenPlanMeeting().then([meetingPlanned()]);
      const padded = plan({ date: ' 2025-10-08 ', agenda: AGENDA.map((item) => ` ${item}\n`) });
      spec.given(aFoundedGroup).when(padded).then([meetingPlanned()]);
    });

    it('is planned ahead, and without an agenda yet', () => {
      whenPlanMeeting(NEXT_MEETING_ID, '2025-12-03', []).then([meetingPlanned(NEXT_MEETING_ID, '2025-12-03', [])]);
    });

    it('accepts the first and last day of a term', () => {
      for (const [term, date] of termBounds(2026)) {
        const command = plan({ term, year: 2026, date });
        spec
          .given(aFoundedGroup)
          .when(command)
          .then([{ type: 'GroupMeetingPlanned', data: command.data }]);
      }
    });

    const whenPlan = spec.given(aFoundedGroup).whenEach(plan);

    it('rejects a date outside its term or year', () => {
      for (const [term, year, date] of [
        ['HT', 2025, '2025-06-30'],
        ['VT', 2026, '2026-07-01'],
        ['HT', 2025, '2026-10-08'],
      ] as const) {
        whenPlan({ term, year, date }).thenThrows('MEETING_OUTSIDE_TERM');
      }
    });

    it('rejects an unknown term, a year out of range, a date that is not one', () => {
      whenPlan({ term: 'ST' as never }).thenThrows('INVALID_CHOICE');
      whenPlan({ year: 2025.5 }).thenThrows('INVALID_YEAR');
      whenPlan({ date: '2025-09-31' }).thenThrows('INVALID_DATE');
    });

    it('rejects a blank agenda item, naming its index', () => {
      const command = plan({ agenda: ['Nya förslag', ' '] });
      spec
        .given(aFoundedGroup)
        .when(command)
        .thenThrows('INVALID_TEXT', { details: { field: 'agenda', index: 1 } });
    });

    it('rejects planning the same meeting twice, whatever became of it', () => {
      for (const given of [aGroupWithAPlannedMeeting, aGroupWithAHeldMeeting, aGroupWithACancelledMeeting]) {
        spec.given(given).when(planMeeting()).thenThrows('GROUP_MEETING_ALREADY_PLANNED');
      }
    });

    it('keeps the meeting planned, with nobody present yet', () => {
      expect(stateAfter(aGroupWithAPlannedMeeting).meetings[meetingId]).toEqual({
        meetingId,
        status: 'PLANNED',
        term: 'HT',
        year: 2025,
        date: '2025-10-08',
        agenda: AGENDA,
        present: [],
      });
    });
  });

  describe('when a meeting is held', () => {
    const whenHoldMeeting = spec.given(aGroupWithAPlannedMeeting).whenEach(holdMeeting);

    it('is held with the members present', () => {
      whenHoldMeeting().then([meetingHeld()]);
      whenHoldMeeting('2025-10-09', [' FK', 'SOS ']).then([meetingHeld('2025-10-09', ['FK', 'SOS'])]);
    });

    it('rejects holding a meeting that was never planned', () => {
      spec.given(aFoundedGroup).when(holdMeeting()).thenThrows('GROUP_MEETING_NOT_FOUND');
      whenHoldMeeting('2025-10-08', ['FK'], 'constructor').thenThrows('GROUP_MEETING_NOT_FOUND');
    });

    it('rejects holding a held or cancelled meeting, naming its status', () => {
      spec.given(aGroupWithAHeldMeeting).when(holdMeeting()).thenThrows('GROUP_MEETING_NOT_PLANNED');
      spec
        .given(aGroupWithACancelledMeeting)
        .when(holdMeeting())
        .thenThrows('GROUP_MEETING_NOT_PLANNED', { details: { status: 'CANCELLED' } });
    });

    it('rejects a meeting held in the future or outside its term', () => {
      const planned = [...aFoundedGroup, meetingPlanned(NEXT_MEETING_ID, '2025-12-03')];
      spec
        .given(planned)
        .when(holdMeeting(TOMORROW, PRESENT, NEXT_MEETING_ID))
        .thenThrows('DATE_IN_FUTURE');
      whenHoldMeeting('2025-06-30').thenThrows('MEETING_OUTSIDE_TERM');
    });

    it('accepts a meeting held today, on another day than planned in the term', () => {
      whenHoldMeeting(TODAY).then([meetingHeld(TODAY)]);
    });

    it('rejects a meeting held with nobody present', () => {
      whenHoldMeeting('2025-10-08', []).thenThrows('PRESENT_REQUIRED');
    });

    it('rejects a present organisation that is not a current member, naming it', () => {
      const withMynak = holdMeeting('2025-10-08', ['FK', 'MYNAK']);
      spec
        .given(aGroupWithAPlannedMeeting)
        .when(withMynak)
        .thenThrows('PRESENT_NOT_A_MEMBER', { details: { code: 'MYNAK' } });
      const left = [...aFoundedGroup, memberRemoved('SOS', '2025-10-01'), meetingPlanned()];
      spec
        .given(left)
        .when(holdMeeting('2025-10-08', ['FK', 'SOS']))
        .thenThrows('PRESENT_NOT_A_MEMBER');
    });

    it('rejects an organisation named twice', () => {
      whenHoldMeeting('2025-10-08', ['FK', 'AV', ' AV']).thenThrows('DUPLICATE_PRESENT');
    });

    it('keeps the day and who was present', () => {
      expect(stateAfter(aGroupWithAHeldMeeting).meetings[meetingId]).toMatchObject({
        status: 'HELD',
        heldOn: '2025-10-08',
        present: PRESENT,
      });
    });
  });

  describe('when a meeting is cancelled', () => {
    const whenCancelMeeting = spec.given(aGroupWithAPlannedMeeting).whenEach(cancelMeeting);

    it('is cancelled, as a decision with its reason', () => {
      whenCancelMeeting().then([meetingCancelled()]);
    });

    it('rejects a cancellation without a reason', () => {
      whenCancelMeeting(meetingId, null).thenThrows('REASON_REQUIRED');
    });

    it('rejects cancelling a held or cancelled meeting, or one never planned', () => {
      spec.given(aGroupWithAHeldMeeting).when(cancelMeeting()).thenThrows('GROUP_MEETING_ALREADY_HELD');
      spec.given(aGroupWithACancelledMeeting).when(cancelMeeting()).thenThrows('GROUP_MEETING_ALREADY_CANCELLED');
      spec.given(aFoundedGroup).when(cancelMeeting()).thenThrows('GROUP_MEETING_NOT_FOUND');
    });

    it('keeps the meeting cancelled with its reason; the group goes on', () => {
      const group = stateAfter(aGroupWithACancelledMeeting);
      expect(group.status).toBe('ACTIVE');
      expect(group.meetings[meetingId]).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: meetingCancelled().data.reason,
      });
      spec
        .given(aGroupWithACancelledMeeting)
        .when(planMeeting(NEXT_MEETING_ID, '2025-12-03'))
        .then([meetingPlanned(NEXT_MEETING_ID, '2025-12-03')]);
    });
  });
});
