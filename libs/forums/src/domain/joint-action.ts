import { entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideJointAction } from './joint-action.decide';
import { evolveJointAction } from './joint-action.state';

export const jointActionStream = streamOfCategory('jointAction');

export const jointActionDecider = entityDecider(evolveJointAction, decideJointAction, {
  // Agreed at the meeting, so on the day it was held.
  AgreeJointAction: stated('meeting.heldOn'),
  RecordJointActionProgress: stated('recordedOn'),
  ChangeJointActionDueDate: handled,
  CompleteJointAction: stated('doneOn'),
  DropJointAction: stated('droppedOn'),
});
