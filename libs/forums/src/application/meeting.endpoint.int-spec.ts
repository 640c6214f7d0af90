import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { TEST_COMMAND_ID } from '@samverkan/core/testing/test-requests';
import { forumsModuleEvents } from '../domain';
import {
  aHeldMeeting,
  aPlannedMeeting,
  established,
  FORUM_ID,
  homeCare,
  MEETING_ID,
  municipality,
  planMeeting,
  withMembers,
} from '../domain/testing/forums.fixtures';
import { meetingEndpoint } from './meeting.endpoint';
import { meetingIdFor, namedPerson } from './forums.requests';
import { COORDINATOR, onForum, onMeeting, OTHER_COORDINATOR, Refusal } from './testing/endpoint.fixtures';

const spec = endpointSpecification(meetingEndpoint, [forumsModuleEvents]);
const { forumId, title, format, term, year, date, agenda } = planMeeting.data;
const plan = { type: 'PlanMeeting' as const, data: { forumId, title, format, term, year, date, agenda } };
const guestId = namedPerson(TEST_COMMAND_ID, 'guest-0', {}).id;
const participants = { MANAGER: 1, HR: 1, OTHER: 0 };
/** Who came: the municipality by its number typed without the dash, and a named speaker. */
const attendance = (organisationNumber = municipality.organisationNumber.replace('-', '')) => ({
  type: 'RecordAttendance' as const,
  data: {
    meetingId: MEETING_ID,
    members: [{ organisationNumber, participants }],
    guests: [{ name: 'Eva Lund', organisation: 'Folkhälsomyndigheten' }],
  },
});

describe('The forum meeting endpoint', () => {
  describe('when a coordinator plans a meeting', () => {
    it('plans it under an id minted from the command id', () =>
      spec
        .given([onForum([established])])
        .when(plan, COORDINATOR, { commandId: TEST_COMMAND_ID })
        .then([{ type: 'MeetingPlanned', data: { ...planMeeting.data, meetingId: meetingIdFor(TEST_COMMAND_ID) } }]));

    it.each<Refusal>([
      ['finds no forum that was never established', [], COORDINATOR, 'FORUM_NOT_FOUND'],
      [
        'refuses a coordinator whose token names another forum',
        [onForum([established])],
        OTHER_COORDINATOR,
        'FORBIDDEN',
      ],
    ])('%s', (_, given, by, code) => spec.given(given).when(plan, by).thenThrows(code));
  });

  describe('when a coordinator changes a meeting', () => {
    const reschedule = { type: 'RescheduleMeeting' as const, data: { meetingId: MEETING_ID, date: '2025-05-21' } };

    it.each<Refusal>([
      [
        'reads whose forum the meeting is from the meeting itself',
        [onMeeting(aPlannedMeeting)],
        OTHER_COORDINATOR,
        'FORBIDDEN',
      ],
      ['finds no meeting that was never planned', [], COORDINATOR, 'MEETING_NOT_FOUND'],
    ])('%s', (_, given, by, code) => spec.given(given).when(reschedule, by).thenThrows(code));
  });

  describe('when a coordinator records who came', () => {
    it('checks the members against the forum’s list, normalises their numbers and names the guests once stored', () =>
      spec
        .given([onForum(withMembers), onMeeting(aHeldMeeting)])
        .when(attendance(), COORDINATOR, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'AttendanceRecorded',
              data: {
                meetingId: MEETING_ID,
                forumId: FORUM_ID,
                members: [{ organisationNumber: municipality.organisationNumber, participants }],
                guests: [{ personId: guestId, organisation: 'Folkhälsomyndigheten' }],
              },
            },
          ],
          ({ persons }) =>
            expect(persons.find(guestId)).toMatchObject({ name: 'Eva Lund', organisation: 'Folkhälsomyndigheten' }),
        ));

    it('names no guest when an employer outside the forum’s member list is among those who came', () =>
      spec
        .given([onForum([established]), onMeeting(aHeldMeeting)])
        .when(attendance(homeCare.organisationNumber), COORDINATOR)
        .thenThrows('ATTENDEE_NOT_A_MEMBER'));

    it.each<Refusal>([
      [
        'names no guest when the meeting has not been held',
        [onForum(withMembers), onMeeting(aPlannedMeeting)],
        COORDINATOR,
        'ATTENDANCE_BEFORE_HELD',
      ],
      [
        'names no guest when the coordinator may not act on the forum',
        [onForum(withMembers), onMeeting(aHeldMeeting)],
        OTHER_COORDINATOR,
        'FORBIDDEN',
      ],
    ])('%s', (_, given, by, code) => spec.given(given).when(attendance(), by).thenThrows(code));

    it('names no guest on a stale revision', () =>
      spec
        .given([onForum(withMembers), onMeeting(aHeldMeeting)])
        .when(attendance(), COORDINATOR, { expectedRevision: 0 })
        .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
  });
});
