import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { changed } from '@samverkan/core/testing/changed';
import { ForumCommand } from './forum.commands';
import { ForumEvent } from './forum.events';
import { MemberEmployer } from './forums.model';
import { JointActionCommand } from './joint-action.commands';
import { JointActionEvent } from './joint-action.events';
import { MeetingCommand } from './meeting.commands';
import { MeetingEvent } from './meeting.events';
import {
  aCancelledMeeting,
  admitMember,
  admitted,
  aHeldMeeting,
  agreeJointAction,
  anAgreedAction,
  aPlannedMeeting,
  commandOf,
  completed,
  established,
  establishedWith,
  establishForum,
  establishForumWith as establish,
  FORUM_ID as forumId,
  forumSpec,
  heldMeeting,
  homeCare,
  JOINT_ACTION_ID as jointActionId,
  jointActionSpec,
  MEETING_ID as meetingId,
  meetingSpec,
  memberAttendance,
  municipality,
  PERSON,
  planMeeting,
  planMeetingWith as plan,
  primaryCare,
  recordAttendance,
  TODAY,
  TOMORROW,
  withMembers,
  YESTERDAY,
} from './testing/forums.fixtures';

/**
 * A rejection tells the client which forum, meeting or joint action it concerns, which member or
 * field was wrong and what the rule weighed, so the form can point at it. Missing input (as an
 * untyped client may send) is refused with the rule's own code, never a TypeError.
 */

const missing = undefined as never;
const employer = (change: Partial<MemberEmployer>): MemberEmployer => ({ ...primaryCare, ...change });
const withReason = <C extends { reason?: string }>(command: C, reason?: string): C => {
  const { reason: _, ...rest } = command;
  return (reason === undefined ? rest : { ...rest, reason }) as C;
};
const forum = (type: ForumCommand['type'], data: object, reason?: string): ForumCommand =>
  commandOf(type, data as never, reason);
const atCapacity: ForumEvent[] = [establishedWith(1), admitted(municipality)];
const onMember = { forumId, organisationNumber: municipality.organisationNumber };

const forumRows: Refusal<ForumCommand, ForumEvent>[] = [
  ['establishing it twice', [established], establishForum, 'FORUM_ALREADY_ESTABLISHED', { forumId }],
  ['a malformed forum id', [], establish({ forumId: 'Vast' }), 'INVALID_FORUM_ID', { forumId: 'Vast' }],
  ['a missing forum id', [], establish({ forumId: missing }), 'INVALID_FORUM_ID', { forumId: null }],
  ['a blank name', [], establish({ name: ' ' }), 'INVALID_TEXT', { forumId, field: 'name' }],
  ['a blank region', [], establish({ region: '' }), 'INVALID_TEXT', { forumId, field: 'region' }],
  ['a missing capacity', [], establish({ capacity: missing }), 'INVALID_CAPACITY', { forumId, capacity: null }],
  ['a capacity of 0', [], establish({ capacity: 0 }), 'INVALID_CAPACITY', { forumId, capacity: 0, min: 1, max: 200 }],
  ['an establishment tomorrow', [], establish({ establishedOn: TOMORROW }), 'DATE_IN_FUTURE', { forumId }],
  [
    'a new capacity below the members',
    withMembers,
    forum('ChangeForumCapacity', { forumId, capacity: 1 }),
    'CAPACITY_BELOW_MEMBERS',
    { forumId, members: 2, capacity: 1 },
  ],
  [
    'an admission naming no employer',
    [established],
    forum('AdmitMember', { forumId, joinedOn: TODAY }),
    'INVALID_ORGANISATION_NUMBER',
    { forumId, organisationNumber: null },
  ],
  [
    'an employer without an organisation number',
    [established],
    admitMember(employer({ organisationNumber: missing })),
    'INVALID_ORGANISATION_NUMBER',
    { forumId, organisationNumber: null },
  ],
  [
    'a malformed organisation number, as sent',
    [established],
    admitMember(employer({ organisationNumber: '5566778899' })),
    'INVALID_ORGANISATION_NUMBER',
    { forumId, organisationNumber: '5566778899' },
  ],
  ['an employer already a member', withMembers, admitMember(), 'ALREADY_A_MEMBER', onMember],
  ['a full forum', atCapacity, admitMember(primaryCare), 'FORUM_AT_CAPACITY', { forumId, capacity: 1 }],
  [
    'a blank employer name',
    [established],
    admitMember(employer({ name: '' })),
    'INVALID_TEXT',
    { forumId, organisationNumber: primaryCare.organisationNumber, field: 'employer.name' },
  ],
  [
    'a malformed industry, as sent',
    [established],
    admitMember(employer({ industry: 'Q86' })),
    'INVALID_SNI_CODE',
    { forumId, organisationNumber: primaryCare.organisationNumber, industry: 'Q86' },
  ],
  [
    'a missing industry',
    [established],
    admitMember(employer({ industry: missing })),
    'INVALID_SNI_CODE',
    { industry: null },
  ],
  ['a joining date tomorrow', [established], admitMember(primaryCare, TOMORROW), 'DATE_IN_FUTURE', { forumId }],
  [
    'a resignation of a non-member, trimmed',
    withMembers,
    forum(
      'ResignMember',
      { forumId, organisationNumber: ` ${primaryCare.organisationNumber}`, leftOn: TODAY },
      'Flytt',
    ),
    'NOT_A_MEMBER',
    { forumId, organisationNumber: primaryCare.organisationNumber },
  ],
  [
    'a resignation naming no employer',
    withMembers,
    forum('ResignMember', { forumId, leftOn: TODAY }, 'Flytt'),
    'NOT_A_MEMBER',
    { forumId, organisationNumber: '' },
  ],
  [
    'a resignation without a reason',
    withMembers,
    forum('ResignMember', { ...onMember, leftOn: TODAY }),
    'REASON_REQUIRED',
    onMember,
  ],
  [
    'a resignation tomorrow',
    withMembers,
    forum('ResignMember', { ...onMember, leftOn: TOMORROW }, 'Flytt'),
    'DATE_IN_FUTURE',
    onMember,
  ],
  [
    'a representative without a person id',
    withMembers,
    forum('AddRepresentative', { ...onMember, personId: ' ', role: 'HR' }),
    'INVALID_TEXT',
    { ...onMember, field: 'personId' },
  ],
  [
    'a person who already represents the member',
    withMembers,
    forum('AddRepresentative', { ...onMember, personId: PERSON.manager, role: 'HR' }),
    'REPRESENTATIVE_ALREADY_ADDED',
    { ...onMember, personId: PERSON.manager, representing: municipality.organisationNumber },
  ],
  [
    'removing a person who is no representative',
    withMembers,
    forum('RemoveRepresentative', { ...onMember, personId: PERSON.other }),
    'REPRESENTATIVE_NOT_FOUND',
    { ...onMember, personId: PERSON.other },
  ],
  [
    'removing without a person id',
    withMembers,
    forum('RemoveRepresentative', onMember),
    'REPRESENTATIVE_NOT_FOUND',
    { ...onMember, personId: '' },
  ],
  [
    'removing a representative of a member not named',
    withMembers,
    forum('RemoveRepresentative', { forumId, personId: PERSON.manager }),
    'NOT_A_MEMBER',
    { forumId, organisationNumber: '' },
  ],
];

const meeting = (type: MeetingCommand['type'], data: object, reason?: string): MeetingCommand =>
  commandOf(type, { meetingId, ...data } as never, reason);
const longText = 'x'.repeat(201);
const speaker = planMeeting.data.agenda[0];

const meetingRows: Refusal<MeetingCommand, MeetingEvent>[] = [
  ['planning it twice', aPlannedMeeting, planMeeting, 'MEETING_ALREADY_PLANNED', { meetingId }],
  ['a malformed forum id', [], plan({ forumId: 'Väst' }), 'INVALID_FORUM_ID', { meetingId, forumId: 'Väst' }],
  ['a missing forum id', [], plan({ forumId: missing }), 'INVALID_FORUM_ID', { meetingId, forumId: null }],
  ['a blank title', [], plan({ title: '' }), 'INVALID_TEXT', { meetingId, field: 'title' }],
  ['a missing year', [], plan({ year: missing }), 'INVALID_YEAR', { meetingId, year: null }],
  ['an impossible date', [], plan({ date: '2025-02-30' }), 'INVALID_DATE', { meetingId, field: 'date' }],
  ['a date outside its term', [], plan({ date: '2025-08-01' }), 'MEETING_OUTSIDE_TERM', { meetingId, field: 'date' }],
  [
    'an agenda item that is missing',
    [],
    plan({ agenda: [speaker, missing] }),
    'INVALID_AGENDA_ITEM',
    { meetingId, index: 1, field: 'topic' },
  ],
  [
    'an agenda item without its topic',
    [],
    plan({ agenda: [{ speakerOrganisation: 'FK' } as never] }),
    'INVALID_AGENDA_ITEM',
    { meetingId, index: 0, field: 'topic' },
  ],
  [
    'an agenda item without its speaker organisation',
    [],
    plan({ agenda: [{ topic: 'OSA' } as never] }),
    'INVALID_AGENDA_ITEM',
    { meetingId, index: 0, field: 'speakerOrganisation' },
  ],
  [
    'an agenda topic longer than 200 characters',
    [],
    plan({ agenda: [speaker, { ...speaker, topic: longText }] }),
    'INVALID_TEXT',
    { meetingId, index: 1, field: 'topic', max: 200 },
  ],
  [
    'a speaker organisation longer than 200 characters',
    [],
    plan({ agenda: [{ ...speaker, speakerOrganisation: longText }] }),
    'INVALID_TEXT',
    { meetingId, index: 0, field: 'speakerOrganisation', max: 200 },
  ],
  [
    'moving a held meeting',
    aHeldMeeting,
    meeting('RescheduleMeeting', { date: '2025-05-20' }),
    'MEETING_NOT_PLANNED',
    { meetingId, status: 'HELD' },
  ],
  [
    'holding it tomorrow',
    aPlannedMeeting,
    meeting('HoldMeeting', { heldOn: TOMORROW, minutes: 'Protokoll' }),
    'DATE_IN_FUTURE',
    { meetingId, field: 'heldOn' },
  ],
  [
    'holding it outside its term',
    aPlannedMeeting,
    meeting('HoldMeeting', { heldOn: '2024-12-12', minutes: 'Protokoll' }),
    'MEETING_OUTSIDE_TERM',
    { meetingId, field: 'heldOn' },
  ],
  [
    'holding it without minutes',
    aPlannedMeeting,
    meeting('HoldMeeting', { heldOn: TODAY, minutes: ' ' }),
    'MINUTES_REQUIRED',
    { meetingId, field: 'minutes' },
  ],
  [
    'cancelling a held meeting',
    aHeldMeeting,
    meeting('CancelMeeting', {}, 'Sjukdom'),
    'MEETING_ALREADY_HELD',
    { meetingId, heldOn: '2025-05-14' },
  ],
  [
    'cancelling it twice',
    aCancelledMeeting,
    meeting('CancelMeeting', {}, 'Sjukdom'),
    'MEETING_ALREADY_CANCELLED',
    { meetingId },
  ],
  ['cancelling without a reason', aPlannedMeeting, meeting('CancelMeeting', {}), 'REASON_REQUIRED', { meetingId }],
  ['attendance before it is held', aPlannedMeeting, recordAttendance(), 'ATTENDANCE_BEFORE_HELD', { meetingId }],
  ['attendance when cancelled', aCancelledMeeting, recordAttendance(), 'MEETING_CANCELLED', { meetingId }],
  ['an empty attendance', aHeldMeeting, recordAttendance([], []), 'NO_ATTENDANCE', { meetingId }],
  [
    'an attendance naming no one at all',
    aHeldMeeting,
    meeting('RecordAttendance', { memberOrganisationNumbers: [] }),
    'NO_ATTENDANCE',
    { meetingId },
  ],
  [
    'a member named twice',
    aHeldMeeting,
    recordAttendance([...memberAttendance, memberAttendance[0]]),
    'DUPLICATE_ATTENDEE',
    { meetingId, index: 2, organisationNumber: municipality.organisationNumber },
  ],
  [
    'an attending member entry that is missing',
    aHeldMeeting,
    recordAttendance([missing]),
    'ATTENDEE_NOT_A_MEMBER',
    { meetingId, index: 0, organisationNumber: '' },
  ],
  [
    'an attending member entry without its organisation number',
    aHeldMeeting,
    recordAttendance([{ participants: { MANAGER: 1, HR: 0, OTHER: 0 } } as never]),
    'ATTENDEE_NOT_A_MEMBER',
    { meetingId, index: 0, organisationNumber: '' },
  ],
  [
    'attending members without the member list',
    aHeldMeeting,
    meeting('RecordAttendance', { members: memberAttendance, guests: [] }),
    'ATTENDEE_NOT_A_MEMBER',
    { meetingId, index: 0, organisationNumber: municipality.organisationNumber },
  ],
  [
    'a member that sent nobody',
    aHeldMeeting,
    recordAttendance([
      { organisationNumber: homeCare.organisationNumber, participants: { MANAGER: 0, HR: 0, OTHER: 0 } },
    ]),
    'INVALID_PARTICIPANTS',
    { meetingId, index: 0, organisationNumber: homeCare.organisationNumber },
  ],
  [
    'a guest without an organisation',
    aHeldMeeting,
    recordAttendance([], [{ personId: PERSON.speaker, organisation: ' ' }]),
    'UNNAMED_GUEST',
    { meetingId },
  ],
];

const agree = changed(agreeJointAction);
const action = (type: JointActionCommand['type'], data: object, reason?: string): JointActionCommand =>
  commandOf(type, { jointActionId, ...data } as never, reason);
const closed: JointActionEvent[] = [...anAgreedAction, completed];

const jointActionRows: Refusal<JointActionCommand, JointActionEvent>[] = [
  ['agreeing it twice', anAgreedAction, agreeJointAction, 'JOINT_ACTION_ALREADY_AGREED', { jointActionId }],
  [
    'an agreement naming no meeting',
    [],
    agree({ meeting: missing }),
    'JOINT_ACTION_NEEDS_HELD_MEETING',
    { jointActionId, meetingId: null, status: 'NONE' },
  ],
  [
    'a planned meeting',
    [],
    agree({ meeting: { ...heldMeeting, status: 'PLANNED', heldOn: undefined } }),
    'JOINT_ACTION_NEEDS_HELD_MEETING',
    { jointActionId, meetingId, status: 'PLANNED' },
  ],
  [
    "another forum's meeting",
    [],
    agree({ meeting: { ...heldMeeting, forumId: 'norr' } }),
    'MEETING_OF_ANOTHER_FORUM',
    { jointActionId, forumId, meetingId, meetingForumId: 'norr' },
  ],
  ['a blank title', [], agree({ title: '' }), 'INVALID_TEXT', { jointActionId, field: 'title' }],
  ['a blank description', [], agree({ description: ' ' }), 'INVALID_TEXT', { jointActionId, field: 'description' }],
  ['no owner', [], agree({ owner: missing }), 'INVALID_TEXT', { jointActionId, field: 'owner.organisation' }],
  [
    "an owner's person id longer than 200 characters",
    [],
    agree({ owner: { organisation: 'FK', personId: longText } }),
    'INVALID_TEXT',
    { field: 'owner.personId', max: 200 },
  ],
  ['an impossible due date', [], agree({ dueDate: '2025-09-31' }), 'INVALID_DATE', { jointActionId, field: 'dueDate' }],
  [
    'a due date before the meeting',
    [],
    agree({ dueDate: '2025-05-13' }),
    'DUE_BEFORE_MEETING',
    { jointActionId, dueDate: '2025-05-13', heldOn: '2025-05-14' },
  ],
  [
    'a plan activity of a fractional year',
    [],
    agree({ planActivity: { year: 2025.5, activityId: 'act-07' } }),
    'INVALID_PLAN_ACTIVITY',
    { jointActionId, field: 'year' },
  ],
  [
    'a plan activity without its id',
    [],
    agree({ planActivity: { year: 2025, activityId: missing } }),
    'INVALID_PLAN_ACTIVITY',
    { jointActionId, field: 'activityId' },
  ],
  ['an agreement without a reason', [], withReason(agreeJointAction), 'REASON_REQUIRED', { jointActionId }],
  [
    'a blank progress note',
    anAgreedAction,
    action('RecordJointActionProgress', { note: '', recordedOn: TODAY }),
    'INVALID_TEXT',
    { jointActionId, field: 'note' },
  ],
  [
    'progress recorded tomorrow',
    anAgreedAction,
    action('RecordJointActionProgress', { note: 'Bokat', recordedOn: TOMORROW }),
    'DATE_IN_FUTURE',
    { jointActionId },
  ],
  [
    'an impossible new due date',
    anAgreedAction,
    action('ChangeJointActionDueDate', { dueDate: '2025-13-01' }, 'Skäl'),
    'INVALID_DATE',
    { jointActionId },
  ],
  [
    'a new due date yesterday',
    anAgreedAction,
    action('ChangeJointActionDueDate', { dueDate: YESTERDAY }, 'Skäl'),
    'DUE_DATE_IN_PAST',
    { jointActionId, dueDate: YESTERDAY, today: TODAY },
  ],
  [
    'a new due date without a reason',
    anAgreedAction,
    action('ChangeJointActionDueDate', { dueDate: '2025-10-31' }),
    'REASON_REQUIRED',
    { jointActionId },
  ],
  [
    'a completion tomorrow',
    anAgreedAction,
    action('CompleteJointAction', { doneOn: TOMORROW }),
    'DATE_IN_FUTURE',
    { jointActionId },
  ],
  [
    'a completion note longer than 4000 characters',
    anAgreedAction,
    action('CompleteJointAction', { doneOn: TODAY, note: 'x'.repeat(4001) }),
    'INVALID_TEXT',
    { field: 'note', max: 4000 },
  ],
  [
    'dropping it without a reason',
    anAgreedAction,
    action('DropJointAction', { droppedOn: TODAY }),
    'REASON_REQUIRED',
    { jointActionId },
  ],
  [
    'dropping it tomorrow',
    anAgreedAction,
    action('DropJointAction', { droppedOn: TOMORROW }, 'Skäl'),
    'DATE_IN_FUTURE',
    { jointActionId },
  ],
  [
    'a closed action',
    closed,
    action('DropJointAction', { droppedOn: TODAY }, 'Skäl'),
    'JOINT_ACTION_CLOSED',
    { jointActionId, status: 'DONE' },
  ],
];

describe('A rejection names what it concerns', () => {
  describe('forum', () => itRefusesEach(forumSpec, forumRows));
  describe('meeting', () => itRefusesEach(meetingSpec, meetingRows));
  describe('joint action', () => itRefusesEach(jointActionSpec, jointActionRows));
});
