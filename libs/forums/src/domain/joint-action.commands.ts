import { CommandIn } from '@samverkan/core/domain';
import { ActionOwner, IsoDate, PlanActivityLink } from './forums.model';

/** What the application read of the meeting an action is agreed at. */
export interface AgreedAtMeeting {
  meetingId: string;
  forumId: string;
  status: 'PLANNED' | 'HELD' | 'CANCELLED' | 'NONE';
  heldOn?: IsoDate;
}

export interface JointActionCommands {
  /**
   * A decision (reason required): a joint action agreed at a held meeting of the same forum, with
   * an owner and a due date not before the meeting.
   */
  AgreeJointAction: {
    jointActionId: string;
    forumId: string;
    meeting: AgreedAtMeeting;
    title: string;
    description: string;
    owner: ActionOwner;
    dueDate: IsoDate;
    planActivity?: PlanActivityLink;
  };
  /** A note on how far the action has come; the action is then in progress. */
  RecordJointActionProgress: { jointActionId: string; note: string; recordedOn: IsoDate };
  /** Moves the due date (reason required). */
  ChangeJointActionDueDate: { jointActionId: string; dueDate: IsoDate };
  CompleteJointAction: { jointActionId: string; doneOn: IsoDate; note?: string };
  /** A decision (reason required): the action will not be carried out. */
  DropJointAction: { jointActionId: string; droppedOn: IsoDate };
}

export type JointActionCommand<T extends keyof JointActionCommands = keyof JointActionCommands> = CommandIn<
  JointActionCommands,
  T
>;
