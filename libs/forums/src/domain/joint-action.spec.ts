import { fold } from '@samverkan/core/domain';
import { jointActionDecider, jointActionStream } from './joint-action';
import { AgreedAtMeeting, JointActionCommand } from './joint-action.commands';
import { JointActionEvent } from './joint-action.events';
import {
  agreed,
  agreeJointAction,
  anActionInProgress,
  anAgreedAction,
  commandOf,
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
): JointActionCommand<'AgreeJointAction'> =>
  commandOf('AgreeJointAction', { ...agreeJointAction.data, ...data }, reason);
const atMeeting = (meeting: Partial<AgreedAtMeeting>) => agree({ meeting: { ...heldMeeting, ...meeting } });
const progress = (note = 'Datum och lokal bokade', recordedOn = '2025-06-10'): JointActionCommand =>
  commandOf('RecordJointActionProgress', { jointActionId, note, recordedOn });
const changeDueDate = (dueDate: string, reason?: string): JointActionCommand => ({
  type: 'ChangeJointActionDueDate',
  data: { jointActionId, dueDate },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const complete = (doneOn = '2025-06-16', note?: string): JointActionCommand =>
  commandOf('CompleteJointAction', { jointActionId, doneOn, ...(note !== undefined ? { note } : {}) });
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

    const whenAgree = spec.given([]).whenEach(agree);

    it('is agreed without a plan activity or a named owner, trimmed', () => {
      const { planActivity: _, ...data } = agreed.data;
      whenAgree({
        planActivity: undefined,
        owner: { organisation: ' FK ', personId: ' ' },
        title: ` ${data.title} `,
      }).then([{ type: 'JointActionAgreed', data: { ...data, owner: { organisation: 'FK' } } }]);
    });

    it.each(['PLANNED', 'CANCELLED', 'NONE'] as const)('rejects a meeting that is %s, naming its status', (status) => {
      const command = atMeeting({ status });
      spec.given([]).when(command).thenThrows('JOINT_ACTION_NEEDS_HELD_MEETING', { details: { status } });
    });

    const whenAtMeeting = spec.given([]).whenEach(atMeeting);

    it('rejects a held meeting whose date it was not given', () => {
      whenAtMeeting({ heldOn: undefined }).thenThrows('JOINT_ACTION_NEEDS_HELD_MEETING');
    });

    it("rejects another forum's meeting", () => {
      whenAtMeeting({ forumId: 'norr' }).thenThrows('MEETING_OF_ANOTHER_FORUM');
    });

    it('is due on the day of the meeting at the earliest', () => {
      whenAgree({ dueDate: '2025-05-14' }).then([withData(agreed, { dueDate: '2025-05-14' })]);
      whenAgree({ dueDate: '2025-05-13' }).thenThrows('DUE_BEFORE_MEETING');
    });

    it('rejects an impossible due date', () => {
      whenAgree({ dueDate: '2025-09-31' }).thenThrows('INVALID_DATE');
    });

    it('rejects a missing or blank reason: it is a decision', () => {
      for (const reason of [null, '  ']) whenAgree({}, reason).thenThrows('REASON_REQUIRED');
    });

    it.each([
      ['title', { title: ' ' }],
      ['description', { description: '' }],
      ['owner.organisation', { owner: { organisation: ' ' } }],
    ])('rejects a blank %s, naming the field', (field, data) => {
      whenAgree(data).thenThrows('INVALID_TEXT', { field });
    });

    it('rejects a plan activity without a whole-number year or an activity id', () => {
      whenAgree({ planActivity: { year: 2025.5, activityId: 'act-07' } }).thenThrows('INVALID_PLAN_ACTIVITY');
      whenAgree({ planActivity: { year: 2025, activityId: ' ' } }).thenThrows('INVALID_PLAN_ACTIVITY');
    });

    it('rejects every other command as not found', () => {
      for (const command of everyOtherCommand) spec.given([]).when(command).thenThrows('JOINT_ACTION_NOT_FOUND');
    });
  });

  describe('when it is agreed', () => {
    it('rejects agreeing it again', () => {
      spec.given(anAgreedAction).when(agreeJointAction).thenThrows('JOINT_ACTION_ALREADY_AGREED');
    });

    const whenProgress = spec.given(anAgreedAction).whenEach(progress);

    it('records progress, which puts it in progress', () => {
      whenProgress(' Datum och lokal bokade ').then([progressRecorded]);
      expect(fold(jointActionDecider, anActionInProgress)).toMatchObject({ status: 'IN_PROGRESS' });
    });

    it('rejects a blank progress note or one dated after today', () => {
      whenProgress(' ').thenThrows('INVALID_TEXT');
      whenProgress('Bokat', TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    const whenChangeDueDate = spec.given(anAgreedAction).whenEach(changeDueDate);

    it('moves its due date with a reason, recording the previous one', () => {
      whenChangeDueDate('2025-10-31', ' Lokalen är upptagen ').then([
        dueDateChanged('2025-10-31', 'Lokalen är upptagen'),
      ]);
    });

    it('treats its own due date as done, with or without a reason', () => {
      whenChangeDueDate('2025-09-30').thenNothingHappened();
    });

    it('moves its due date to today at the earliest', () => {
      whenChangeDueDate(TODAY, 'Tidigarelagd').then([dueDateChanged(TODAY, 'Tidigarelagd')]);
      whenChangeDueDate(YESTERDAY, 'Tidigarelagd').thenThrows('DUE_DATE_IN_PAST');
    });

    it('rejects moving its due date without a reason', () => {
      whenChangeDueDate('2025-10-31', ' ').thenThrows('REASON_REQUIRED');
    });

    const whenComplete = spec.given(anAgreedAction).whenEach(complete);

    it('is completed, with an optional note', () => {
      whenComplete().then([completed]);
      const withNote = withData(completed, { note: '40 chefer deltog' });
      whenComplete('2025-06-16', ' 40 chefer deltog ').then([withNote]);
    });

    it('rejects a completion dated after today', () => {
      whenComplete(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    const whenDrop = spec.given(anAgreedAction).whenEach(drop);

    it('is dropped with a reason, kept in the event', () => {
      whenDrop(' Ersätts av en nationell utbildning ').then([dropped]);
    });

    it('rejects dropping it without a reason, or dated after today', () => {
      whenDrop().thenThrows('REASON_REQUIRED');
      whenDrop('Skäl', TOMORROW).thenThrows('DATE_IN_FUTURE');
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
