import { Decider, handled, ofEntity, stated, notStarted } from '@samverkan/core/domain';
import { MeetingCommand } from './meeting.commands';
import { decideMeeting } from './meeting.decide';
import { MeetingEvent } from './meeting.events';
import { evolveMeeting, MeetingState } from './meeting.state';

export type { ExistingMeeting, MeetingAttendance, MeetingState, MeetingStatus } from './meeting.state';

/** One stream per meeting; the category `forumMeeting` holds no dash, as the category projection needs. */
export function meetingStream(meetingId: string): string {
  return `forumMeeting-${meetingId}`;
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: notStarted,
  evolve: evolveMeeting,
  decide: decideMeeting,
  worldTimes: {
    PlanMeeting: handled,
    RescheduleMeeting: handled,
    ChangeMeetingAgenda: handled,
    HoldMeeting: stated('heldOn'),
    // Attendance is a fact of the meeting: it happened the day the meeting was held.
    RecordAttendance: ofEntity('meeting.heldOn', (state: MeetingState) =>
      state.status === 'NONE' ? undefined : state.heldOn,
    ),
    CancelMeeting: handled,
  },
};
