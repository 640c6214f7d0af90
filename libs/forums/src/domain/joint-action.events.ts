import { DomainEvent } from '@samverkan/core/domain';
import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';

/** A decision: the reason is in the envelope. */
export type JointActionAgreed = DomainEvent<
  'JointActionAgreed',
  {
    jointActionId: string;
    forumId: string;
    meetingId: string;
    title: string;
    description: string;
    owner: ActionOwner;
    dueDate: IsoDate;
    planActivity?: PlanActivityLink;
  }
>;

export type JointActionProgressRecorded = DomainEvent<
  'JointActionProgressRecorded',
  { jointActionId: string; forumId: string; note: string; recordedOn: IsoDate }
>;

export type JointActionDueDateChanged = DomainEvent<
  'JointActionDueDateChanged',
  { jointActionId: string; forumId: string; dueDate: IsoDate; previous: IsoDate; reason: string }
>;

export type JointActionCompleted = DomainEvent<
  'JointActionCompleted',
  { jointActionId: string; forumId: string; doneOn: IsoDate; note?: string }
>;

export type JointActionDropped = DomainEvent<
  'JointActionDropped',
  { jointActionId: string; forumId: string; droppedOn: IsoDate; reason: string }
>;

export type JointActionEvent =
  | JointActionAgreed
  | JointActionProgressRecorded
  | JointActionDueDateChanged
  | JointActionCompleted
  | JointActionDropped;
