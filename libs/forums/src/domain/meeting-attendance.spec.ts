import { fold } from '@samverkan/core/domain';
import { MemberAttendance, NamedGuest } from './forums.model';
import { meetingDecider } from './meeting';
import { MeetingEvent } from './meeting.events';
import {
  aCancelledMeeting,
  aHeldMeeting,
  aPlannedMeeting,
  attendanceRecorded,
  FORUM_ID as forumId,
  guests,
  homeCare,
  MEETING_ID as meetingId,
  meetingSpec as spec,
  memberAttendance,
  municipality,
  PERSON,
  primaryCare,
  recordAttendance,
  region,
} from './testing/forums.fixtures';

const recorded = (members: MemberAttendance[], guestList: NamedGuest[]): MeetingEvent<'AttendanceRecorded'> => ({
  type: 'AttendanceRecorded',
  data: { meetingId, forumId, members, guests: guestList },
});
const attending = (organisationNumber: string, MANAGER = 1, HR = 0, OTHER = 0): MemberAttendance => ({
  organisationNumber,
  participants: { MANAGER, HR, OTHER },
});

describe('Meeting attendance', () => {
  describe('when the meeting is held', () => {
    it('records member employers by role and named guests', () => {
      spec.given(aHeldMeeting).when(recordAttendance()).then([attendanceRecorded]);
    });

    it('records only members, or only guests', () => {
      const whenRecordAttendance = spec.given(aHeldMeeting).whenEach(recordAttendance);
      whenRecordAttendance(memberAttendance, []).then([recorded(memberAttendance, [])]);
      whenRecordAttendance([], guests).then([recorded([], guests)]);
    });

    it('trims organisation numbers, member list and guests', () => {
      const members = memberAttendance.map((m) => ({ ...m, organisationNumber: ` ${m.organisationNumber} ` }));
      const padded = [{ personId: ` ${PERSON.speaker}`, organisation: 'Folkhälsomyndigheten ' }];
      const list = [` ${municipality.organisationNumber}`, `${homeCare.organisationNumber} `];
      spec
        .given(aHeldMeeting)
        .when(recordAttendance(members, padded, list))
        .then([attendanceRecorded]);
    });

    it('rejects an attendance that names no one', () => {
      spec.given(aHeldMeeting).when(recordAttendance([], [])).thenThrows('NO_ATTENDANCE');
    });

    it('rejects an employer that is not a member, naming it', () => {
      const command = recordAttendance([...memberAttendance, attending(region.organisationNumber)]);
      spec
        .given(aHeldMeeting)
        .when(command)
        .thenThrows('ATTENDEE_NOT_A_MEMBER', { details: { organisationNumber: region.organisationNumber } });
    });

    it('rejects a member named twice', () => {
      const twice = [...memberAttendance, attending(municipality.organisationNumber, 0, 1)];
      spec.given(aHeldMeeting).when(recordAttendance(twice)).thenThrows('DUPLICATE_ATTENDEE');
    });

    it('rejects a guest named twice', () => {
      const twice = [...guests, { personId: PERSON.speaker, organisation: 'Arbetsmiljöverket' }];
      spec.given(aHeldMeeting).when(recordAttendance(memberAttendance, twice)).thenThrows('DUPLICATE_ATTENDEE');
    });

    it.each([
      ['a negative count', attending(primaryCare.organisationNumber, -1, 2)],
      ['a fraction', attending(primaryCare.organisationNumber, 1.5)],
      [
        'a missing role',
        { organisationNumber: primaryCare.organisationNumber, participants: { MANAGER: 1, HR: 1 } as never },
      ],
      ['no one at all', attending(primaryCare.organisationNumber, 0, 0, 0)],
    ])('rejects a member entry with %s', (_, entry) => {
      spec
        .given(aHeldMeeting)
        .when(recordAttendance([entry]))
        .thenThrows('INVALID_PARTICIPANTS');
    });

    it.each([
      ['person id', { personId: ' ', organisation: 'Folkhälsomyndigheten' }],
      ['organisation', { personId: PERSON.speaker, organisation: '' }],
    ])('rejects a guest without a %s', (_, guest) => {
      spec
        .given(aHeldMeeting)
        .when(recordAttendance(memberAttendance, [guest]))
        .thenThrows('UNNAMED_GUEST');
    });
  });

  describe('when attendance is already recorded', () => {
    const withAttendance: MeetingEvent[] = [...aHeldMeeting, attendanceRecorded];
    const corrected = [
      attending(municipality.organisationNumber, 2, 2, 0),
      attending(primaryCare.organisationNumber, 0, 1, 0),
    ];

    it('replaces it with a correction', () => {
      spec
        .given(withAttendance)
        .when(recordAttendance(corrected, []))
        .then([recorded(corrected, [])]);
      const state = fold(meetingDecider, [...withAttendance, recorded(corrected, [])]);
      expect(state).toMatchObject({ status: 'HELD', attendance: { members: corrected, guests: [] } });
    });

    it('treats the same attendance again as done', () => {
      spec.given(withAttendance).when(recordAttendance()).thenNothingHappened();
    });

    it('compares with the latest correction, not the first recording', () => {
      const events = [...withAttendance, recorded(corrected, [])];
      const whenRecordAttendance = spec.given(events).whenEach(recordAttendance);
      whenRecordAttendance(corrected, []).thenNothingHappened();
      whenRecordAttendance().then([attendanceRecorded]);
    });
  });

  describe('when the meeting is not held', () => {
    it('rejects attendance for a planned meeting', () => {
      spec.given(aPlannedMeeting).when(recordAttendance()).thenThrows('ATTENDANCE_BEFORE_HELD');
    });

    it('rejects attendance for a cancelled meeting', () => {
      spec.given(aCancelledMeeting).when(recordAttendance()).thenThrows('MEETING_CANCELLED');
    });
  });
});
