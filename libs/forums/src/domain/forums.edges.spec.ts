import { changed } from '@samverkan/core/testing/changed';
import { edgeOf, termEdgeRows, textLimit } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, textOf, without } from '@samverkan/core/testing/edges';
import { ForumCommand } from './forum.commands';
import { ForumEvent } from './forum.events';
import { MemberEmployer } from './forums.model';
import { JointActionCommand } from './joint-action.commands';
import { JointActionEvent } from './joint-action.events';
import { MeetingCommand } from './meeting.commands';
import { MeetingEvent } from './meeting.events';
import {
  admitMember,
  admitted,
  agreed,
  agreeJointAction,
  anAgreedAction,
  aPlannedMeeting,
  commandOf,
  establishedWith,
  establishForum,
  establishForumWith as establish,
  FORUM_ID,
  forumSpec,
  JOINT_ACTION_ID,
  jointActionSpec,
  MEETING_ID,
  meetingSpec,
  metadata,
  municipality,
  planMeeting as planMeetingCommand,
  planMeetingWith as plan,
  plannedWith as planned,
  TODAY,
  TOMORROW,
  withMembers,
  YESTERDAY,
} from './testing/forums.fixtures';

/** Forum Väst's limits, each from both sides; today is 17 June 2025 (VT). */

/** The n-th of a row of fictional employers with distinct organisation numbers (shape only, as the decider checks). */
const employer = (n: number): MemberEmployer => ({
  ...municipality,
  organisationNumber: `55${String(n).padStart(4, '0')}-0000`,
  name: `Arbetsgivare ${n}`,
});
const forumWith = (capacity: number, members: number): ForumEvent[] => [
  establishedWith(capacity),
  ...Array.from({ length: members }, (_, n) => admitted(employer(n))),
];
const forumEstablished = (data: Partial<typeof establishForum.data>): ForumEvent => ({
  type: 'ForumEstablished',
  data: { ...establishForum.data, ...data },
});
const changeCapacity = (capacity: number): ForumCommand =>
  commandOf('ChangeForumCapacity', { forumId: FORUM_ID, capacity });
const capacityChanged = (capacity: number, previous = 25): ForumEvent => ({
  type: 'ForumCapacityChanged',
  data: { forumId: FORUM_ID, capacity, previous },
});

/** A forum of `capacity` seats admits its last member from one seat free, and no one once it is full. */
const seatsEdge = (rule: string, capacity: number): Edge<ForumCommand, ForumEvent> => ({
  rule,
  given: forumWith(capacity, capacity - 1),
  givenPast: forumWith(capacity, capacity),
  accepted: admitMember(employer(capacity)),
  then: [admitted(employer(capacity))],
  refused: admitMember(employer(capacity + 1)),
  code: 'FORUM_AT_CAPACITY',
});

const onEstablish = edgeOf(establish, forumEstablished);
const forumEdges: Edge<ForumCommand, ForumEvent>[] = [
  seatsEdge('a forum of the default 25 seats admits a 25th member, not a 26th', 25),
  seatsEdge('a forum of one seat admits one member, not two', 1),
  onEstablish('a forum has at least one seat', [{ capacity: 1 }], [{ capacity: 0 }], 'INVALID_CAPACITY'),
  onEstablish('a forum has at most 200 seats', [{ capacity: 200 }], [{ capacity: 201 }], 'INVALID_CAPACITY'),
  edgeOf(changeCapacity, capacityChanged, forumWith(25, 0))(
    'a forum’s capacity changes to at most 200',
    [200],
    [201],
    'INVALID_CAPACITY',
  ),
  {
    rule: 'a forum’s capacity shrinks to its members, not below',
    given: withMembers,
    accepted: changeCapacity(2),
    then: [capacityChanged(2)],
    refused: changeCapacity(1),
    code: 'CAPACITY_BELOW_MEMBERS',
  },
  onEstablish(
    'a forum is established today at the latest',
    [{ establishedOn: TODAY }],
    [{ establishedOn: TOMORROW }],
    'DATE_IN_FUTURE',
  ),
  {
    rule: 'a member joins today at the latest',
    given: forumWith(25, 0),
    accepted: admitMember(employer(0), TODAY),
    then: [admitted(employer(0), TODAY)],
    refused: admitMember(employer(0), TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  textLimit(onEstablish, 'a forum’s name', 200, (name) => [{ name }]),
];

const planOn = (term: 'VT' | 'HT', year: number, date: string) => plan({ term, year, date });
const plannedOn = (term: 'VT' | 'HT', year: number, date: string) => planned({ term, year, date });
const hold = (heldOn: string, minutes = 'Protokoll'): MeetingCommand =>
  commandOf('HoldMeeting', { meetingId: MEETING_ID, heldOn, minutes });
const heldEvent = (heldOn: string, minutes = 'Protokoll'): MeetingEvent => ({
  type: 'MeetingHeld',
  data: { meetingId: MEETING_ID, forumId: FORUM_ID, heldOn, minutes },
});
const onPlan = edgeOf(plan, planned);
const onHold = edgeOf(hold, heldEvent, aPlannedMeeting);
const meetingEdges: Edge<MeetingCommand, MeetingEvent>[] = [
  ...termEdgeRows('a meeting', { VT: 2025, HT: 2025 }).map(([rule, accepted, refused, code]) =>
    edgeOf(planOn, plannedOn)(rule, accepted, refused, code),
  ),
  {
    rule: 'a meeting moves to the last day of its term, not the next',
    given: aPlannedMeeting,
    accepted: { type: 'RescheduleMeeting', data: { meetingId: MEETING_ID, date: '2025-06-30' }, metadata },
    then: [
      {
        type: 'MeetingRescheduled',
        data: { meetingId: MEETING_ID, forumId: FORUM_ID, date: '2025-06-30', previous: '2025-05-14' },
      },
    ],
    refused: { type: 'RescheduleMeeting', data: { meetingId: MEETING_ID, date: '2025-07-01' }, metadata },
    code: 'MEETING_OUTSIDE_TERM',
  },
  onHold('a meeting is held today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
  textLimit(onHold, 'the text of the minutes', 20_000, (text) => [TODAY, text]),
  textLimit(onPlan, 'a meeting’s title', 200, (title) => [{ title }]),
];

const agree = changed(agreeJointAction);
const agreedWith = changed(agreed);
const moveDue = (dueDate: string): JointActionCommand =>
  commandOf('ChangeJointActionDueDate', { jointActionId: JOINT_ACTION_ID, dueDate }, 'Lokalen blev inte ledig');
const complete = (doneOn: string): JointActionCommand =>
  commandOf('CompleteJointAction', { jointActionId: JOINT_ACTION_ID, doneOn });

const onAgree = edgeOf(agree, agreedWith);
const jointActionEdges: Edge<JointActionCommand, JointActionEvent>[] = [
  onAgree(
    'a joint action is due on the day of its meeting at the earliest',
    [{ dueDate: '2025-05-14' }],
    [{ dueDate: '2025-05-13' }],
    'DUE_BEFORE_MEETING',
  ),
  {
    rule: 'a due date moves to today at the earliest',
    given: anAgreedAction,
    accepted: moveDue(TODAY),
    then: [
      {
        type: 'JointActionDueDateChanged',
        data: {
          jointActionId: JOINT_ACTION_ID,
          forumId: FORUM_ID,
          dueDate: TODAY,
          previous: '2025-09-30',
          reason: 'Lokalen blev inte ledig',
        },
      },
    ],
    refused: moveDue(YESTERDAY),
    code: 'DUE_DATE_IN_PAST',
  },
  {
    rule: 'a joint action is done today at the latest',
    given: anAgreedAction,
    accepted: complete(TODAY),
    then: [
      { type: 'JointActionCompleted', data: { jointActionId: JOINT_ACTION_ID, forumId: FORUM_ID, doneOn: TODAY } },
    ],
    refused: complete(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  textLimit(onAgree, 'a joint action’s description', 4000, (description) => [{ description }]),
  {
    rule: 'the reason for agreeing is at most 4000 characters',
    accepted: { ...agreeJointAction, reason: textOf(4000) },
    then: [agreed],
    refused: { ...agreeJointAction, reason: textOf(4001) },
    code: 'INVALID_TEXT',
  },
];

describe('The forums’ limits, from both sides', () => {
  describe('forum', () => describeEdges(forumSpec, forumEdges));
  describe('meeting', () => describeEdges(meetingSpec, meetingEdges));
  describe('joint action', () => describeEdges(jointActionSpec, jointActionEdges));

  it('agrees a joint action whose optional plan activity is left out entirely', () => {
    jointActionSpec
      .given([])
      .when(without(agreeJointAction, 'planActivity'))
      .then([without(agreed, 'planActivity')]);
  });

  it('plans a meeting whose optional agenda is left out entirely, with an empty agenda', () => {
    meetingSpec
      .given([])
      .when(without(planMeetingCommand, 'agenda'))
      .then([planned({ agenda: [] })]);
  });

  it('completes a joint action whose optional note is left out entirely', () => {
    jointActionSpec
      .given(anAgreedAction)
      .when(complete(TODAY))
      .then([
        { type: 'JointActionCompleted', data: { jointActionId: JOINT_ACTION_ID, forumId: FORUM_ID, doneOn: TODAY } },
      ]);
  });

  it('refuses a cancelled meeting or a dropped action whose reason is only spaces, or left out', () => {
    const cancel = { type: 'CancelMeeting', data: { meetingId: MEETING_ID }, metadata } as const;
    meetingSpec
      .given(aPlannedMeeting)
      .when({ ...cancel, reason: ' \t ' })
      .thenThrows('REASON_REQUIRED');
    meetingSpec.given(aPlannedMeeting).when(cancel).thenThrows('REASON_REQUIRED');
    const drop = {
      type: 'DropJointAction',
      data: { jointActionId: JOINT_ACTION_ID, droppedOn: TODAY },
      metadata,
    } as const;
    jointActionSpec
      .given(anAgreedAction)
      .when({ ...drop, reason: '   ' })
      .thenThrows('REASON_REQUIRED');
    jointActionSpec.given(anAgreedAction).when(drop).thenThrows('REASON_REQUIRED');
  });
});
