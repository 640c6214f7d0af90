import { fold } from '@samverkan/core/domain';
import { jointActionDecider, jointActionStream } from './joint-action';
import { AgreedAtMeeting, JointActionCommand } from './joint-action.commands';
import { JointActionEvent } from './joint-action.events';
import {
  agreed,
  agreeJointAction,
  anActionInProgress,
  anAgreedAction,
  completed,
  dropped,
  FORUM_ID as forumId,
  heldMeeting,
  JOINT_ACTION_ID as jointActionId,
  jointActionSpec as spec,
  metadata,
  progressRecorded,
  TODAY,
  TOMORROW,
  YESTERDAY,
} from './testing/forums.fixtures';

/** `null` leaves the reason out. */
const agree = (
  data: Partial<JointActionCommand<'AgreeJointAction'>['data']>,
  reason: string | null = agreeJointAction.reason ?? null,
): JointActionCommand<'AgreeJointAction'> => ({
  type: 'AgreeJointAction',
  data: { ...agreeJointAction.data, ...data },
  metadata,
  ...(reason !== null ? { reason } : {}),
});
const atMeeting = (meeting: Partial<AgreedAtMeeting>) => agree({ meeting: { ...heldMeeting, ...meeting } });
const progress = (note = 'Datum och lokal bokade', recordedOn = '2025-06-10'): JointActionCommand => ({
  type: 'RecordJointActionProgress',
  data: { jointActionId, note, recordedOn },
  metadata,
});
const changeDueDate = (dueDate: string, reason?: string): JointActionCommand => ({
  type: 'ChangeJointActionDueDate',
  data: { jointActionId, dueDate },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const complete = (doneOn = '2025-06-16', note?: string): JointActionCommand => ({
  type: 'CompleteJointAction',
  data: { jointActionId, doneOn, ...(note !== undefined ? { note } : {}) },
  metadata,
});
const drop = (reason?: string, droppedOn = '2025-06-16'): JointActionCommand => ({
  type: 'DropJointAction',
  data: { jointActionId, droppedOn },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const everyOtherCommand = [progress(), changeDueDate('2025-10-31', 'Skäl'), complete(), drop('Skäl')];
const withData = (event: JointActionEvent, data: object): JointActionEvent =>
  ({ ...event, data: { ...event.data, ...data } }) as JointActionEvent;
const dueDateChanged = (dueDate: string, reason: string): JointActionEvent => ({
  type: 'JointActionDueDateChanged',
  data: { jointActionId, forumId, dueDate, previous: '2025-09-30', reason },
});

describe('Joint action', () => {
  describe('when it is not agreed', () => {
    it('is agreed at a held meeting of its forum, with an owner and a due date', () => {
      spec.given([]).when(agreeJointAction).then([agreed]);
    });

    it('is agreed without a plan activity or a named owner, trimmed', () => {
      const { planActivity: _, ...data } = agreed.data;
      spec
        .given([])
        .when(
          agree({ planActivity: undefined, owner: { organisation: ' FK ', personId: ' ' }, title: ` ${data.title} ` }),
        )
        .then([{ type: 'JointActionAgreed', data: { ...data, owner: { organisation: 'FK' } } }]);
    });

    it.each(['PLANNED', 'CANCELLED', 'NONE'] as const)('rejects a meeting that is %s, naming its status', (status) => {
      const command = atMeeting({ status });
      spec.given([]).when(command).thenThrows('JOINT_ACTION_NEEDS_HELD_MEETING', { details: { status } });
    });

    it('rejects a held meeting whose date it was not given', () => {
      spec
        .given([])
        .when(atMeeting({ heldOn: undefined }))
        .thenThrows('JOINT_ACTION_NEEDS_HELD_MEETING');
    });

    it("rejects another forum's meeting", () => {
      spec
        .given([])
        .when(atMeeting({ forumId: 'norr' }))
        .thenThrows('MEETING_OF_ANOTHER_FORUM');
    });

    it('is due on the day of the meeting at the earliest', () => {
      spec
        .given([])
        .when(agree({ dueDate: '2025-05-14' }))
        .then([withData(agreed, { dueDate: '2025-05-14' })]);
      spec
        .given([])
        .when(agree({ dueDate: '2025-05-13' }))
        .thenThrows('DUE_BEFORE_MEETING');
    });

    it('rejects an impossible due date', () => {
      spec
        .given([])
        .when(agree({ dueDate: '2025-09-31' }))
        .thenThrows('INVALID_DATE');
    });

    it('rejects a missing or blank reason: it is a decision', () => {
      for (const reason of [null, '  ']) spec.given([]).when(agree({}, reason)).thenThrows('REASON_REQUIRED');
    });

    it.each([
      ['title', { title: ' ' }],
      ['description', { description: '' }],
      ['owner.organisation', { owner: { organisation: ' ' } }],
    ])('rejects a blank %s, naming the field', (field, data) => {
      spec.given([]).when(agree(data)).thenThrows('INVALID_TEXT', { field });
    });

    it('rejects a plan activity without a whole-number year or an activity id', () => {
      spec
        .given([])
        .when(agree({ planActivity: { year: 2025.5, activityId: 'act-07' } }))
        .thenThrows('INVALID_PLAN_ACTIVITY');
      spec
        .given([])
        .when(agree({ planActivity: { year: 2025, activityId: ' ' } }))
        .thenThrows('INVALID_PLAN_ACTIVITY');
    });

    it('rejects every other command as not found', () => {
      for (const command of everyOtherCommand) spec.given([]).when(command).thenThrows('JOINT_ACTION_NOT_FOUND');
    });
  });

  describe('when it is agreed', () => {
    it('rejects agreeing it again', () => {
      spec.given(anAgreedAction).when(agreeJointAction).thenThrows('JOINT_ACTION_ALREADY_AGREED');
    });

    it('records progress, which puts it in progress', () => {
      spec.given(anAgreedAction).when(progress(' Datum och lokal bokade ')).then([progressRecorded]);
      expect(fold(jointActionDecider, anActionInProgress)).toMatchObject({ status: 'IN_PROGRESS' });
    });

    it('rejects a blank progress note or one dated after today', () => {
      spec.given(anAgreedAction).when(progress(' ')).thenThrows('INVALID_TEXT');
      spec.given(anAgreedAction).when(progress('Bokat', TOMORROW)).thenThrows('DATE_IN_FUTURE');
    });

    it('moves its due date with a reason, recording the previous one', () => {
      spec
        .given(anAgreedAction)
        .when(changeDueDate('2025-10-31', ' Lokalen är upptagen '))
        .then([dueDateChanged('2025-10-31', 'Lokalen är upptagen')]);
    });

    it('treats its own due date as done, with or without a reason', () => {
      spec.given(anAgreedAction).when(changeDueDate('2025-09-30')).thenNothingHappened();
    });

    it('moves its due date to today at the earliest', () => {
      spec
        .given(anAgreedAction)
        .when(changeDueDate(TODAY, 'Tidigarelagd'))
        .then([dueDateChanged(TODAY, 'Tidigarelagd')]);
      spec.given(anAgreedAction).when(changeDueDate(YESTERDAY, 'Tidigarelagd')).thenThrows('DUE_DATE_IN_PAST');
    });

    it('rejects moving its due date without a reason', () => {
      spec.given(anAgreedAction).when(changeDueDate('2025-10-31', ' ')).thenThrows('REASON_REQUIRED');
    });

    it('is completed, with an optional note', () => {
      spec.given(anAgreedAction).when(complete()).then([completed]);
      const withNote = withData(completed, { note: '40 chefer deltog' });
      spec.given(anAgreedAction).when(complete('2025-06-16', ' 40 chefer deltog ')).then([withNote]);
    });

    it('rejects a completion dated after today', () => {
      spec.given(anAgreedAction).when(complete(TOMORROW)).thenThrows('DATE_IN_FUTURE');
    });

    it('is dropped with a reason, kept in the event', () => {
      spec.given(anAgreedAction).when(drop(' Ersätts av en nationell utbildning ')).then([dropped]);
    });

    it('rejects dropping it without a reason, or dated after today', () => {
      spec.given(anAgreedAction).when(drop()).thenThrows('REASON_REQUIRED');
      spec.given(anAgreedAction).when(drop('Skäl', TOMORROW)).thenThrows('DATE_IN_FUTURE');
    });
  });

  describe('when it is in progress', () => {
    it('records more progress and stays in progress', () => {
      const more = withData(progressRecorded, { note: 'Inbjudan skickad', recordedOn: TODAY });
      spec.given(anActionInProgress).when(progress('Inbjudan skickad', TODAY)).then([more]);
      expect(fold(jointActionDecider, [...anActionInProgress, more])).toMatchObject({ status: 'IN_PROGRESS' });
    });

    it('is completed', () => {
      spec.given(anActionInProgress).when(complete()).then([completed]);
    });
  });

  describe.each([
    ['done', [...anActionInProgress, completed], 'DONE'],
    ['dropped', [...anAgreedAction, dropped], 'DROPPED'],
  ])('when it is %s', (_, events, status) => {
    it('rejects every command as closed, naming its status', () => {
      for (const command of everyOtherCommand) {
        spec.given(events).when(command).thenThrows('JOINT_ACTION_CLOSED', { details: { status } });
      }
    });
  });
});

describe('Joint action state', () => {
  it('holds what later commands need', () => {
    const { meetingId, title, owner, planActivity } = agreed.data;
    expect(fold(jointActionDecider, anAgreedAction)).toEqual({
      status: 'AGREED',
      jointActionId,
      forumId,
      meetingId,
      title,
      owner,
      dueDate: '2025-09-30',
      planActivity,
    });
    expect(
      fold(jointActionDecider, [...anAgreedAction, dueDateChanged('2025-10-31', 'Lokalen är upptagen')]),
    ).toMatchObject({ dueDate: '2025-10-31' });
    expect(fold(jointActionDecider, [...anActionInProgress, completed])).toMatchObject({
      status: 'DONE',
      doneOn: '2025-06-16',
    });
    expect(fold(jointActionDecider, [...anAgreedAction, dropped])).toMatchObject({
      status: 'DROPPED',
      droppedOn: '2025-06-16',
    });
  });

  it('names the stream with the jointAction category', () => {
    expect(jointActionStream('01JA2C')).toBe('jointAction-01JA2C');
  });
});
