import { Decider, handled, stated, notStarted } from '@samverkan/core/domain';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { decideDialogueMeeting } from './dialogue-meeting.decide';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { DialogueMeetingState, evolveDialogueMeeting } from './dialogue-meeting.state';

export type {
  DialogueFollowUp,
  DialogueMeetingState,
  DialogueMeetingStatus,
  ExistingDialogueMeeting,
  RecordedOutcome,
} from './dialogue-meeting.state';

/** One stream per meeting; the category `dialogueMeeting` holds no dash, as the category projection needs. */
export function dialogueMeetingStream(meetingId: string): string {
  return `dialogueMeeting-${meetingId}`;
}

export const dialogueMeetingDecider: Decider<DialogueMeetingCommand, DialogueMeetingEvent, DialogueMeetingState> = {
  initialState: notStarted,
  evolve: evolveDialogueMeeting,
  decide: decideDialogueMeeting,
  worldTimes: {
    PlanDialogueMeeting: handled,
    RecordDialogueParticipants: handled,
    HoldDialogueMeeting: stated('heldOn'),
    CancelDialogueMeeting: handled,
    RecordDialogueOutcomes: stated('recordedOn'),
    RecordDialogueFollowUp: stated('followedUpOn'),
  },
};
