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
import {
  COORDINATOR,
  itRefuses,
  neverStarted,
  onForum,
  onMeeting,
  otherCoordinatorRefused,
} from './testing/endpoint.fixtures';

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

    itRefuses(spec, plan, [
      neverStarted('finds no forum that was never established', 'FORUM_NOT_FOUND'),
      otherCoordinatorRefused('refuses a coordinator whose token names another forum', [onForum([established])]),
    ]);
  });

  describe('when a coordinator changes a meeting', () => {
    const reschedule = { type: 'RescheduleMeeting' as const, data: { meetingId: MEETING_ID, date: '2025-05-21' } };

    itRefuses(spec, reschedule, [
      otherCoordinatorRefused('reads whose forum the meeting is from the meeting itself', [onMeeting(aPlannedMeeting)]),
      neverStarted('finds no meeting that was never planned', 'MEETING_NOT_FOUND'),
    ]);
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

    itRefuses(spec, attendance(), [
      [
        'names no guest when the meeting has not been held',
        [onForum(withMembers), onMeeting(aPlannedMeeting)],
        COORDINATOR,
        'ATTENDANCE_BEFORE_HELD',
      ],
      otherCoordinatorRefused('names no guest when the coordinator may not act on the forum', [
        onForum(withMembers),
        onMeeting(aHeldMeeting),
      ]),
    ]);

    it('names no guest on a stale revision', () =>
      spec
        .given([onForum(withMembers), onMeeting(aHeldMeeting)])
        .when(attendance(), COORDINATOR, { expectedRevision: 0 })
        .thenThrows('CONFLICT', { details: { expected: 0, actual: 1 } }));
  });
});
