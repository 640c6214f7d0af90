import { Decider, handled, stated } from '@samverkan/core/domain';
import { JointActionCommand } from './joint-action.commands';
import { decideJointAction } from './joint-action.decide';
import { JointActionEvent } from './joint-action.events';
import { evolveJointAction, initialJointActionState, JointActionState } from './joint-action.state';

export type { ExistingJointAction, JointActionState, JointActionStatus, NoJointAction } from './joint-action.state';

/** One stream per joint action; the category `jointAction` holds no dash, as the category projection needs. */
export function jointActionStream(jointActionId: string): string {
  return `jointAction-${jointActionId}`;
}

export const jointActionDecider: Decider<JointActionCommand, JointActionEvent, JointActionState> = {
  initialState: initialJointActionState,
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
