import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideDialogueMeeting } from './dialogue-meeting.decide';
import { evolveDialogueMeeting } from './dialogue-meeting.state';

export const dialogueMeetingStream = streamOfCategory('dialogueMeeting');

export const dialogueMeetingDecider = entityDecider(evolveDialogueMeeting, decideDialogueMeeting, {
  PlanDialogueMeeting: handled,
  RecordDialogueParticipants: handled,
  HoldDialogueMeeting: stated('heldOn'),
  CancelDialogueMeeting: handled,
  RecordDialogueOutcomes: stated('recordedOn'),
  RecordDialogueFollowUp: stated('followedUpOn'),
});
