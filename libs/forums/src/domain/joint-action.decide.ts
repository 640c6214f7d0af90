import {
  calendarDate,
  decideByType,
  NotFoundError,
  pastOrToday,
  requiredReason,
  requiredText,
  requireStatus,
  stockholmDate,
} from '@samverkan/core/domain';
import { FORUM_TEXT_LIMITS, optionalText } from './forums.guards';
import { ActionOwner, PlanActivityLink } from './forums.model';
import { JointActionCommand } from './joint-action.commands';
import { JointActionEvent } from './joint-action.events';
import { ExistingJointAction, JointActionState } from './joint-action.state';
import { FORUMS_RULES } from './forums.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the action exist and is it still open, then
// the command's own content. Done and dropped actions are closed for good.

export const decideJointAction = decideByType<JointActionCommand, JointActionState, JointActionEvent>('joint action', {
  AgreeJointAction: agree,
  RecordJointActionProgress: recordProgress,
  ChangeJointActionDueDate: changeDueDate,
  CompleteJointAction: complete,
  DropJointAction: drop,
});

function agree(command: JointActionCommand<'AgreeJointAction'>, state: JointActionState): JointActionEvent[] {
  const { jointActionId, forumId, meeting } = command.data;
  if (state.status !== 'NONE') {
    throw FORUMS_RULES.violation('JOINT_ACTION_ALREADY_AGREED', `Joint action ${jointActionId} is already agreed`, {
      jointActionId,
    });
  }
  if (meeting?.status !== 'HELD' || !meeting.heldOn) {
    throw FORUMS_RULES.violation('JOINT_ACTION_NEEDS_HELD_MEETING', 'A joint action is agreed at a held meeting', {
      jointActionId,
      meetingId: meeting?.meetingId ?? null,
      status: meeting?.status ?? 'NONE',
    });
  }
  if (meeting.forumId !== forumId) {
    const message = `Meeting ${meeting.meetingId} belongs to forum ${meeting.forumId}`;
    throw FORUMS_RULES.violation('MEETING_OF_ANOTHER_FORUM', message, {
      jointActionId,
      forumId,
      meetingId: meeting.meetingId,
      meetingForumId: meeting.forumId,
    });
  }
  const details = { jointActionId };
  const title = requiredText(command.data.title, 'title', { details });
  const description = requiredText(command.data.description, 'description', { max: FORUM_TEXT_LIMITS.long, details });
  const owner = validOwner(command.data.owner, jointActionId);
  const dueDate = calendarDate(command.data.dueDate, 'dueDate', details);
  if (dueDate < meeting.heldOn) {
    throw FORUMS_RULES.violation(
      'DUE_BEFORE_MEETING',
      `Due date ${dueDate} is before the meeting (${meeting.heldOn})`,
      {
        jointActionId,
        dueDate,
        heldOn: meeting.heldOn,
      },
    );
  }
  const planActivity = command.data.planActivity && validPlanActivity(command.data.planActivity, jointActionId);
  requiredReason(command.reason, details);
  const { meetingId } = meeting;
  return [
    {
      type: 'JointActionAgreed',
      data: {
        jointActionId,
        forumId,
        meetingId,
        title,
        description,
        owner,
        dueDate,
        ...(planActivity ? { planActivity } : {}),
      },
    },
  ];
}

function recordProgress(
  command: JointActionCommand<'RecordJointActionProgress'>,
  state: JointActionState,
): JointActionEvent[] {
  const { jointActionId, forumId } = openAction(state, command.data.jointActionId);
  const note = requiredText(command.data.note, 'note', { max: FORUM_TEXT_LIMITS.long, details: { jointActionId } });
  const recordedOn = pastOrToday(command.data.recordedOn, 'recordedOn', command.metadata.now, { jointActionId });
  return [{ type: 'JointActionProgressRecorded', data: { jointActionId, forumId, note, recordedOn } }];
}

/** Moving the due date never puts it in the past, so it also stays on or after the meeting. */
function changeDueDate(
  command: JointActionCommand<'ChangeJointActionDueDate'>,
  state: JointActionState,
): JointActionEvent[] {
  const action = openAction(state, command.data.jointActionId);
  const { jointActionId, forumId } = action;
  const dueDate = calendarDate(command.data.dueDate, 'dueDate', { jointActionId });
  if (dueDate === action.dueDate) return [];
  const today = stockholmDate(command.metadata.now);
  if (dueDate < today) {
    throw FORUMS_RULES.violation('DUE_DATE_IN_PAST', `Due date ${dueDate} is before today (${today})`, {
      jointActionId,
      dueDate,
      today,
    });
  }
  const reason = requiredReason(command.reason, { jointActionId });
  return [
    { type: 'JointActionDueDateChanged', data: { jointActionId, forumId, dueDate, previous: action.dueDate, reason } },
  ];
}

function complete(command: JointActionCommand<'CompleteJointAction'>, state: JointActionState): JointActionEvent[] {
  const { jointActionId, forumId } = openAction(state, command.data.jointActionId);
  const doneOn = pastOrToday(command.data.doneOn, 'doneOn', command.metadata.now, { jointActionId });
  const note = optionalText(command.data.note, 'note');
  return [{ type: 'JointActionCompleted', data: { jointActionId, forumId, doneOn, ...(note ? { note } : {}) } }];
}

function drop(command: JointActionCommand<'DropJointAction'>, state: JointActionState): JointActionEvent[] {
  const { jointActionId, forumId } = openAction(state, command.data.jointActionId);
  const reason = requiredReason(command.reason, { jointActionId });
  const droppedOn = pastOrToday(command.data.droppedOn, 'droppedOn', command.metadata.now, { jointActionId });
  return [{ type: 'JointActionDropped', data: { jointActionId, forumId, droppedOn, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

function openAction(state: JointActionState, jointActionId: string): ExistingJointAction {
  if (state.status === 'NONE') throw new NotFoundError('JointAction', jointActionId);
  const label = `Joint action ${jointActionId}`;
  return requireStatus(state, ['AGREED', 'IN_PROGRESS'], FORUMS_RULES.code('JOINT_ACTION_CLOSED'), label, {
    jointActionId,
  });
}

function validOwner(owner: ActionOwner | undefined, jointActionId: string): ActionOwner {
  const organisation = requiredText(owner?.organisation, 'owner.organisation', { details: { jointActionId } });
  const personId = optionalText(owner?.personId, 'owner.personId', FORUM_TEXT_LIMITS.short);
  return { organisation, ...(personId ? { personId } : {}) };
}

function validPlanActivity(link: PlanActivityLink, jointActionId: string): PlanActivityLink {
  const activityId = link.activityId?.trim() ?? '';
  const field = !Number.isInteger(link.year) ? 'year' : !activityId ? 'activityId' : undefined;
  if (field) {
    throw FORUMS_RULES.violation(
      'INVALID_PLAN_ACTIVITY',
      'A plan activity needs a whole-number year and an activity id',
      {
        jointActionId,
        field,
      },
    );
  }
  return { year: link.year, activityId };
}
