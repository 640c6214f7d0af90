import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { IsoDate } from './forums.model';
import { JointActionEvent } from './joint-action.events';

/** The state starts as the agreement recorded it, but for the description, which no command weighs. */
export interface ExistingJointAction extends Omit<JointActionEvent<'JointActionAgreed'>['data'], 'description'> {
  status: 'AGREED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  doneOn?: IsoDate;
  droppedOn?: IsoDate;
}

export type JointActionState = NotStarted | ExistingJointAction;
export type JointActionStatus = JointActionState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveJointAction = evolveEntity<JointActionEvent, ExistingJointAction, 'JointActionAgreed'>(
  {
    JointActionAgreed: ({ data: { description, ...agreed } }) => ({ ...agreed, status: 'AGREED' }),
  },
  {
    JointActionProgressRecorded: (action) => ({ ...action, status: 'IN_PROGRESS' }),
    JointActionDueDateChanged: (action, { data }) => ({ ...action, dueDate: data.dueDate }),
    JointActionCompleted: (action, { data }) => ({ ...action, status: 'DONE', doneOn: data.doneOn }),
    JointActionDropped: (action, { data }) => ({ ...action, status: 'DROPPED', droppedOn: data.droppedOn }),
  },
);
