import { Command, Decider, DomainEvent, fold, worldTimeOf, WorldTimeSource } from '@samverkan/core/domain';
import { forumDecider } from './forum';
import { jointActionDecider } from './joint-action';
import { meetingDecider } from './meeting';
import {
  admitMember,
  agreeJointAction,
  aHeldMeeting,
  anAgreedAction,
  aPlannedMeeting,
  commandOf,
  established,
  establishForum,
  FORUM_ID as forumId,
  JOINT_ACTION_ID as jointActionId,
  MEETING_ID as meetingId,
  municipality,
  planMeeting,
  recordAttendance,
  withMembers,
} from './testing/forums.fixtures';

/**
 * When each forum fact happened in the world, which the envelope keeps as `occurredAt`: the day
 * the command states (a member joined, a meeting was held), the day of the meeting a fact belongs
 * to (attendance, an agreement), or the handling time for what is done in the system itself.
 */

const onOrganisation = { forumId, organisationNumber: municipality.organisationNumber };

function whenAndFrom<C extends Command, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  given: E[],
  command: C,
): [string, string] {
  const source = decider.worldTimes[command.type as C['type']] as WorldTimeSource<C, S>;
  const { date, from } = worldTimeOf(source, command, fold(decider, given));
  return [date, from];
}

/** Each row named by its command's type. */
const named = <R extends [unknown, { type: string }, unknown]>(rows: R[]) =>
  rows.map(([given, command, expected]) => [command.type, given, command, expected] as const);

describe('When a forum fact happened', () => {
  it.each(
    named([
      [[], establishForum, ['2024-09-02', 'establishedOn']],
      [[established], admitMember(municipality, '2024-10-01'), ['2024-10-01', 'joinedOn']],
      [
        withMembers,
        commandOf('ResignMember', { ...onOrganisation, leftOn: '2025-05-31' }, 'Flytt'),
        ['2025-05-31', 'leftOn'],
      ],
      [withMembers, commandOf('ChangeForumCapacity', { forumId, capacity: 30 }), ['2025-06-17', 'handling']],
      [
        withMembers,
        commandOf('AddRepresentative', { ...onOrganisation, personId: 'p', role: 'HR' }),
        ['2025-06-17', 'handling'],
      ],
      [
        withMembers,
        commandOf('RemoveRepresentative', { ...onOrganisation, personId: 'p' }),
        ['2025-06-17', 'handling'],
      ],
    ]),
  )('forum: %s', (_, given, command, expected) => {
    expect(whenAndFrom(forumDecider, given as never, command as never)).toEqual(expected);
  });

  it.each(
    named([
      [[], planMeeting, ['2025-06-17', 'handling']],
      [aPlannedMeeting, commandOf('RescheduleMeeting', { meetingId, date: '2025-06-11' }), ['2025-06-17', 'handling']],
      [aPlannedMeeting, commandOf('ChangeMeetingAgenda', { meetingId, agenda: [] }), ['2025-06-17', 'handling']],
      [
        aPlannedMeeting,
        commandOf('HoldMeeting', { meetingId, heldOn: '2025-05-14', minutes: 'P' }),
        ['2025-05-14', 'heldOn'],
      ],
      [aHeldMeeting, recordAttendance(), ['2025-05-14', 'meeting.heldOn']],
      [aPlannedMeeting, commandOf('CancelMeeting', { meetingId }, 'Sjukdom'), ['2025-06-17', 'handling']],
    ]),
  )('meeting: %s', (_, given, command, expected) => {
    expect(whenAndFrom(meetingDecider, given as never, command as never)).toEqual(expected);
  });

  it.each(
    named([
      [[], agreeJointAction, ['2025-05-14', 'meeting.heldOn']],
      [
        anAgreedAction,
        commandOf('RecordJointActionProgress', { jointActionId, note: 'N', recordedOn: '2025-06-10' }),
        ['2025-06-10', 'recordedOn'],
      ],
      [
        anAgreedAction,
        commandOf('ChangeJointActionDueDate', { jointActionId, dueDate: '2025-10-31' }, 'S'),
        ['2025-06-17', 'handling'],
      ],
      [
        anAgreedAction,
        commandOf('CompleteJointAction', { jointActionId, doneOn: '2025-06-16' }),
        ['2025-06-16', 'doneOn'],
      ],
      [
        anAgreedAction,
        commandOf('DropJointAction', { jointActionId, droppedOn: '2025-06-15' }, 'S'),
        ['2025-06-15', 'droppedOn'],
      ],
    ]),
  )('joint action: %s', (_, given, command, expected) => {
    expect(whenAndFrom(jointActionDecider, given as never, command as never)).toEqual(expected);
  });
});
