import { CommandBus } from '@nestjs/cqrs';
import { devActor, Role } from '@samverkan/auth';
import { Actor, CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { ForumAccess, RunForumCommand, RunJointActionCommand, RunMeetingCommand } from '../application';
import { ForumCommand, JointActionCommand, MeetingCommand } from '../domain';
import { DEMO_FORUM_IDS, DEMO_FORUMS } from './demo-forums';
import { DEMO_JOINT_ACTIONS, DEMO_MEETINGS } from './demo-meetings';

/** A person a command names, for the person directory (the name never goes into an event). */
interface Person {
  id: string;
  name: string;
  organisation: string;
}

/** One command of the demo, with the stable key its command id derives from. */
type Step = { key: string; commandId: string } & StepCommand;

/** The command, who sends it, and the people it names. */
type StepCommand = { persons: Person[] } & (
  | { kind: 'forum'; by: 'steering' | 'coordinator'; command: ForumCommand }
  | { kind: 'meeting'; command: MeetingCommand }
  | { kind: 'jointAction'; command: JointActionCommand }
);

const commandIdFor = (key: string) => eventIdFor(`demo:forums:${key}`, 0);

/** Ids derived from a command id exactly as the GraphQL resolvers derive them. */
const representativeId = (commandId: string) => `person-${entityIdFor(commandId, 'representative')}`;
const guestId = (commandId: string, index: number) => `person-${entityIdFor(commandId, `guest-${index}`)}`;
const ownerId = (commandId: string) => `person-${entityIdFor(commandId, 'owner')}`;

/** The id the seed gives a demo meeting (from the key of its PlanMeeting command). */
export const demoMeetingId = (meetingKey: string) => entityIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the seed gives a demo joint action (from the key of its AgreeJointAction command). */
export const demoJointActionId = (actionKey: string) => entityIdFor(commandIdFor(`action:${actionKey}:agree`));

/**
 * Every command of the demo in order: the forums with their members and representatives, the
 * meetings (planned, moved, held or cancelled, attendance), the joint actions and how far they
 * came, and last the members that left (so their earlier attendance is recorded while they were
 * members). `now` is the moment every command is decided at: the demo's dates are all in the
 * past, but for the meetings still planned.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const list: Step[] = [];
  const step = (key: string, build: (commandId: string) => StepCommand) => {
    const commandId = commandIdFor(key);
    list.push({ key, commandId, ...build(commandId) });
  };

  for (const forum of DEMO_FORUMS) {
    const { forumId } = forum;
    step(`${forumId}:establish`, () => ({
      kind: 'forum',
      by: 'steering',
      persons: [],
      command: {
        type: 'EstablishForum',
        data: { forumId, name: forum.name, region: forum.region, capacity: forum.capacity, establishedOn: forum.establishedOn },
        metadata,
      },
    }));
    for (const member of forum.members) {
      const { organisationNumber } = member.employer;
      step(`${forumId}:member:${organisationNumber}`, () => ({
        kind: 'forum',
        by: 'coordinator',
        persons: [],
        command: { type: 'AdmitMember', data: { forumId, employer: { ...member.employer }, joinedOn: member.joinedOn }, metadata },
      }));
      member.representatives.forEach((representative, index) => {
        step(`${forumId}:member:${organisationNumber}:representative:${index}`, (commandId) => ({
          kind: 'forum',
          by: 'coordinator',
          // As the resolver does: a representative's organisation is the employer's organisation number.
          persons: [{ id: representativeId(commandId), name: representative.name, organisation: organisationNumber }],
          command: {
            type: 'AddRepresentative',
            data: { forumId, organisationNumber, personId: representativeId(commandId), role: representative.role },
            metadata,
          },
        }));
      });
    }
  }

  for (const meeting of DEMO_MEETINGS) {
    const meetingId = demoMeetingId(meeting.key);
    step(`meeting:${meeting.key}:plan`, (commandId) => ({
      kind: 'meeting',
      persons: [],
      command: {
        type: 'PlanMeeting',
        data: {
          meetingId: entityIdFor(commandId),
          forumId: meeting.forumId,
          title: meeting.title,
          format: meeting.format,
          term: meeting.term,
          year: meeting.year,
          date: meeting.plannedDate,
          agenda: meeting.agenda.map((item) => ({ ...item })),
        },
        metadata,
      },
    }));
    if (meeting.date !== meeting.plannedDate) {
      step(`meeting:${meeting.key}:reschedule`, () => ({
        kind: 'meeting',
        persons: [],
        command: { type: 'RescheduleMeeting', data: { meetingId, date: meeting.date }, metadata },
      }));
    }
    const { outcome } = meeting;
    if (outcome.kind === 'CANCELLED') {
      step(`meeting:${meeting.key}:cancel`, () => ({
        kind: 'meeting',
        persons: [],
        command: { type: 'CancelMeeting', data: { meetingId }, metadata, reason: outcome.reason },
      }));
    } else if (outcome.kind === 'HELD') {
      step(`meeting:${meeting.key}:hold`, () => ({
        kind: 'meeting',
        persons: [],
        command: { type: 'HoldMeeting', data: { meetingId, heldOn: outcome.heldOn, minutes: outcome.minutes }, metadata },
      }));
      step(`meeting:${meeting.key}:attendance`, (commandId) => ({
        kind: 'meeting',
        persons: outcome.guests.map((guest, index) => ({ id: guestId(commandId, index), name: guest.name, organisation: guest.organisation })),
        command: {
          type: 'RecordAttendance',
          data: {
            meetingId,
            members: outcome.members.map((m) => ({ organisationNumber: m.organisationNumber, participants: { ...m.participants } })),
            guests: outcome.guests.map((guest, index) => ({ personId: guestId(commandId, index), organisation: guest.organisation })),
            // Filled in by the handler from the forum's member list.
            memberOrganisationNumbers: [],
          },
          metadata,
        },
      }));
    }
  }

  for (const action of DEMO_JOINT_ACTIONS) {
    const jointActionId = demoJointActionId(action.key);
    const { owner } = action;
    step(`action:${action.key}:agree`, (commandId) => ({
      kind: 'jointAction',
      persons: owner.name ? [{ id: ownerId(commandId), name: owner.name, organisation: owner.organisation }] : [],
      command: {
        type: 'AgreeJointAction',
        data: {
          jointActionId: entityIdFor(commandId),
          // Forum and meeting status are read by the handler from the meeting's stream.
          forumId: '',
          meeting: { meetingId: demoMeetingId(action.meetingKey), forumId: '', status: 'NONE' },
          title: action.title,
          description: action.description,
          owner: { organisation: owner.organisation, ...(owner.name ? { personId: ownerId(commandId) } : {}) },
          dueDate: action.dueDate,
          ...(action.planActivity ? { planActivity: { ...action.planActivity } } : {}),
        },
        metadata,
        reason: action.reason,
      },
    }));
    action.progress.forEach((progress, index) => {
      step(`action:${action.key}:progress:${index}`, () => ({
        kind: 'jointAction',
        persons: [],
        command: { type: 'RecordJointActionProgress', data: { jointActionId, note: progress.note, recordedOn: progress.recordedOn }, metadata },
      }));
    });
    const { outcome } = action;
    if (outcome?.kind === 'DONE') {
      step(`action:${action.key}:complete`, () => ({
        kind: 'jointAction',
        persons: [],
        command: {
          type: 'CompleteJointAction',
          data: { jointActionId, doneOn: outcome.doneOn, ...(outcome.note ? { note: outcome.note } : {}) },
          metadata,
        },
      }));
    } else if (outcome?.kind === 'DROPPED') {
      step(`action:${action.key}:drop`, () => ({
        kind: 'jointAction',
        persons: [],
        command: { type: 'DropJointAction', data: { jointActionId, droppedOn: outcome.droppedOn }, metadata, reason: outcome.reason },
      }));
    }
  }

  for (const forum of DEMO_FORUMS) {
    for (const member of forum.members) {
      const { resigned } = member;
      if (!resigned) continue;
      const { organisationNumber } = member.employer;
      step(`${forum.forumId}:member:${organisationNumber}:resign`, () => ({
        kind: 'forum',
        by: 'coordinator',
        persons: [],
        command: {
          type: 'ResignMember',
          data: { forumId: forum.forumId, organisationNumber, leftOn: resigned.leftOn },
          metadata,
          reason: resigned.reason,
        },
      }));
    }
  }
  return list;
}

/**
 * Loads the six regional forums, their meetings and joint actions through the real command path,
 * as the dev-token people: the steering group founds the forums, the forum coordinator (granted
 * all six, as the dev token is) does the rest. Every command id derives from a demo key, so a
 * second run replays each command and appends nothing. Names go to the person directory under
 * the ids the GraphQL resolvers would derive from the same command ids.
 */
export async function seedForums(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const steering: ForumAccess = { actor: devActor(persons, Role.STEERING_GROUP), forums: [] };
  const coordinator: ForumAccess = { actor: devActor(persons, Role.FORUM_COORDINATOR), forums: [...DEMO_FORUM_IDS] };
  for (const step of steps(new Date())) {
    const access = step.kind === 'forum' && step.by === 'steering' ? steering : coordinator;
    const context: CommandContext = { actor: access.actor, commandId: step.commandId, correlationId: step.commandId };
    for (const person of step.persons) persons.upsert(person.id, { name: person.name, organisation: person.organisation });
    if (step.kind === 'forum') await commands.execute(new RunForumCommand(step.command, context, access));
    else if (step.kind === 'meeting') await commands.execute(new RunMeetingCommand(step.command, context, access));
    else await commands.execute(new RunJointActionCommand(step.command, context, access));
    onCommand();
  }
}

/** How many commands the forum demo takes, for a progress bar. */
export function forumsCommandCount(): number {
  return steps(new Date()).length;
}
