import { atEntityDate, entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideMeeting } from './meeting.decide';
import { evolveMeeting } from './meeting.state';

export const meetingStream = streamOfCategory('forumMeeting');

export const meetingDecider = entityDecider(evolveMeeting, decideMeeting, {
  PlanMeeting: handled,
  RescheduleMeeting: handled,
  ChangeMeetingAgenda: handled,
  HoldMeeting: stated('heldOn'),
  // Attendance is a fact of the meeting: it happened the day the meeting was held.
  RecordAttendance: atEntityDate('meeting', 'heldOn'),
  CancelMeeting: handled,
});
