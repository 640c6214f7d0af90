import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';
import { JointActionEvent } from './joint-action.events';

export interface ExistingJointAction {
  status: 'AGREED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
  jointActionId: string;
  forumId: string;
  /** The held meeting it was agreed at. */
  meetingId: string;
  title: string;
  owner: ActionOwner;
  dueDate: IsoDate;
  planActivity?: PlanActivityLink;
  doneOn?: IsoDate;
  droppedOn?: IsoDate;
}

export type JointActionState = NotStarted | ExistingJointAction;
export type JointActionStatus = JointActionState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveJointAction = evolveEntity<JointActionEvent, ExistingJointAction, 'JointActionAgreed'>(
  {
    JointActionAgreed: ({ data: { jointActionId, forumId, meetingId, title, owner, dueDate, planActivity } }) => ({
      status: 'AGREED',
      jointActionId,
      forumId,
      meetingId,
      title,
      owner,
      dueDate,
      ...(planActivity !== undefined ? { planActivity } : {}),
    }),
  },
  {
    JointActionProgressRecorded: (action) => ({ ...action, status: 'IN_PROGRESS' }),
    JointActionDueDateChanged: (action, { data }) => ({ ...action, dueDate: data.dueDate }),
    JointActionCompleted: (action, { data }) => ({ ...action, status: 'DONE', doneOn: data.doneOn }),
    JointActionDropped: (action, { data }) => ({ ...action, status: 'DROPPED', droppedOn: data.droppedOn }),
  },
);
