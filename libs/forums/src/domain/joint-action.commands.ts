import { Command } from '@samverkan/core/domain';
import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';

/** What the application read of the meeting an action is agreed at. */
export interface AgreedAtMeeting {
  meetingId: string;
  forumId: string;
  status: 'PLANNED' | 'HELD' | 'CANCELLED' | 'NONE';
  heldOn?: IsoDate;
}

/**
 * A decision (reason required): a joint action agreed at a held meeting of the same forum, with
 * an owner and a due date not before the meeting.
 */
export type AgreeJointAction = Command<
  'AgreeJointAction',
  {
    jointActionId: string;
    forumId: string;
    meeting: AgreedAtMeeting;
    title: string;
    description: string;
    owner: ActionOwner;
    dueDate: IsoDate;
    planActivity?: PlanActivityLink;
  }
>;

/** A note on how far the action has come; the action is then in progress. */
export type RecordJointActionProgress = Command<
  'RecordJointActionProgress',
  { jointActionId: string; note: string; recordedOn: IsoDate }
>;

/** Moves the due date (reason required). */
export type ChangeJointActionDueDate = Command<'ChangeJointActionDueDate', { jointActionId: string; dueDate: IsoDate }>;

export type CompleteJointAction = Command<
  'CompleteJointAction',
  { jointActionId: string; doneOn: IsoDate; note?: string }
>;

/** A decision (reason required): the action will not be carried out. */
export type DropJointAction = Command<'DropJointAction', { jointActionId: string; droppedOn: IsoDate }>;

export type JointActionCommand =
  AgreeJointAction | RecordJointActionProgress | ChangeJointActionDueDate | CompleteJointAction | DropJointAction;
