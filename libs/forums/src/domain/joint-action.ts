import { Decider, handled, stated, notStarted } from '@samverkan/core/domain';
import { JointActionCommand } from './joint-action.commands';
import { decideJointAction } from './joint-action.decide';
import { JointActionEvent } from './joint-action.events';
import { evolveJointAction, JointActionState } from './joint-action.state';

export type { ExistingJointAction, JointActionState, JointActionStatus } from './joint-action.state';

/** One stream per joint action; the category `jointAction` holds no dash, as the category projection needs. */
export function jointActionStream(jointActionId: string): string {
  return `jointAction-${jointActionId}`;
}

export const jointActionDecider: Decider<JointActionCommand, JointActionEvent, JointActionState> = {
  initialState: notStarted,
  evolve: evolveJointAction,
  decide: decideJointAction,
  worldTimes: {
    // Agreed at the meeting, so on the day it was held.
    AgreeJointAction: stated('meeting.heldOn'),
    RecordJointActionProgress: stated('recordedOn'),
    ChangeJointActionDueDate: handled,
    CompleteJointAction: stated('doneOn'),
    DropJointAction: stated('droppedOn'),
  },
};
