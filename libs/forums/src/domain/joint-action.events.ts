import { EventIn } from '@samverkan/core/domain';
import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';

export interface JointActionEvents {
  /** A decision: the reason is in the envelope. */
  JointActionAgreed: {
    jointActionId: string;
    forumId: string;
    /** The held meeting it was agreed at. */
    meetingId: string;
    title: string;
    description: string;
    owner: ActionOwner;
    dueDate: IsoDate;
    planActivity?: PlanActivityLink;
  };
  JointActionProgressRecorded: { jointActionId: string; forumId: string; note: string; recordedOn: IsoDate };
  JointActionDueDateChanged: {
    jointActionId: string;
    forumId: string;
    dueDate: IsoDate;
    previous: IsoDate;
    reason: string;
  };
  JointActionCompleted: { jointActionId: string; forumId: string; doneOn: IsoDate; note?: string };
  JointActionDropped: { jointActionId: string; forumId: string; droppedOn: IsoDate; reason: string };
}

export type JointActionEvent<T extends keyof JointActionEvents = keyof JointActionEvents> = EventIn<
  JointActionEvents,
  T
>;
