import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';
import { JointActionEvent } from './joint-action.events';

export interface NoJointAction {
  status: 'NONE';
}

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

export type JointActionState = NoJointAction | ExistingJointAction;
export type JointActionStatus = JointActionState['status'];

export function initialJointActionState(): JointActionState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveJointAction(state: JointActionState, event: JointActionEvent): JointActionState {
  switch (event.type) {
    case 'JointActionAgreed': {
      const { jointActionId, forumId, meetingId, title, owner, dueDate, planActivity } = event.data;
      return {
        status: 'AGREED',
        jointActionId,
        forumId,
        meetingId,
        title,
        owner,
        dueDate,
        ...(planActivity !== undefined ? { planActivity } : {}),
      };
    }
    case 'JointActionProgressRecorded':
      return onAction(state, (action) => ({ ...action, status: 'IN_PROGRESS' }));
    case 'JointActionDueDateChanged':
      return onAction(state, (action) => ({ ...action, dueDate: event.data.dueDate }));
    case 'JointActionCompleted':
      return onAction(state, (action) => ({ ...action, status: 'DONE', doneOn: event.data.doneOn }));
    case 'JointActionDropped':
      return onAction(state, (action) => ({ ...action, status: 'DROPPED', droppedOn: event.data.droppedOn }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before JointActionAgreed cannot occur in its stream; if one did, it changes nothing. */
function onAction(
  state: JointActionState,
  change: (action: ExistingJointAction) => ExistingJointAction,
): JointActionState {
  return state.status === 'NONE' ? state : change(state);
}
