import { Role } from '@samverkan/auth';
import { Command, CommandEndpoint, DomainEvent, eventIdFor } from '@samverkan/core';
import {
  forumEndpoint,
  ForumRequest,
  jointActionEndpoint,
  jointActionIdFor,
  JointActionRequest,
  meetingEndpoint,
  meetingIdFor,
  MeetingRequest,
} from '@samverkan/forums';
import { DemoRequest, demoRequest, demoSeed } from '../demo-requests';
import { DEMO_FORUM_IDS, DEMO_FORUMS } from './demo-forums';
import { DEMO_JOINT_ACTIONS, DEMO_MEETINGS } from './demo-meetings';

const commandIdFor = (key: string) => eventIdFor(`demo:forums:${key}`, 0);

/** The id the seed's demo meeting gets: the meeting endpoint mints it from the command id of its PlanMeeting request. */
export const demoMeetingId = (meetingKey: string) => meetingIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the seed's demo joint action gets, from the command id of its AgreeJointAction request. */
export const demoJointActionId = (actionKey: string) => jointActionIdFor(commandIdFor(`action:${actionKey}:agree`));

/**
 * Every request of the demo in order: the forums with their members and representatives, the
 * meetings (planned, moved, held or cancelled, attendance), the joint actions and how far they
 * came, and last the members that left (so their earlier attendance is recorded while they were
 * members). Every day is stated, so the moment of seeding changes nothing.
 */
function steps(): DemoRequest[] {
  const list: DemoRequest[] = [];
  const asCoordinator = <R, C extends Command, E extends DomainEvent, S>(
    key: string,
    endpoint: CommandEndpoint<R, C, E, S>,
    request: R,
  ) => list.push(demoRequest(commandIdFor(key), Role.FORUM_COORDINATOR, endpoint, request, DEMO_FORUM_IDS));
  const forum = (key: string, by: 'steering' | 'coordinator', request: ForumRequest) =>
    by === 'steering'
      ? list.push(demoRequest(commandIdFor(key), Role.STEERING_GROUP, forumEndpoint, request))
      : asCoordinator(key, forumEndpoint, request);
  const meeting = (key: string, request: MeetingRequest) => asCoordinator(key, meetingEndpoint, request);
  const action = (key: string, request: JointActionRequest) => asCoordinator(key, jointActionEndpoint, request);

  for (const { forumId, name, region, capacity, establishedOn, members } of DEMO_FORUMS) {
    forum(`${forumId}:establish`, 'steering', {
      type: 'EstablishForum',
      data: { forumId, name, region, capacity, establishedOn },
    });
    for (const member of members) {
      const { organisationNumber } = member.employer;
      forum(`${forumId}:member:${organisationNumber}`, 'coordinator', {
        type: 'AdmitMember',
        data: { forumId, employer: { ...member.employer }, joinedOn: member.joinedOn },
      });
      member.representatives.forEach(({ name: person, role }, index) => {
        forum(`${forumId}:member:${organisationNumber}:representative:${index}`, 'coordinator', {
          type: 'AddRepresentative',
          data: { forumId, organisationNumber, role, name: person },
        });
      });
    }
  }

  for (const demo of DEMO_MEETINGS) {
    const meetingId = demoMeetingId(demo.key);
    const { forumId, title, format, term, year, agenda, outcome } = demo;
    meeting(`meeting:${demo.key}:plan`, {
      type: 'PlanMeeting',
      data: { forumId, title, format, term, year, date: demo.plannedDate, agenda: agenda.map((item) => ({ ...item })) },
    });
    if (demo.date !== demo.plannedDate)
      meeting(`meeting:${demo.key}:reschedule`, { type: 'RescheduleMeeting', data: { meetingId, date: demo.date } });
    if (outcome.kind === 'CANCELLED') {
      meeting(`meeting:${demo.key}:cancel`, { type: 'CancelMeeting', data: { meetingId }, reason: outcome.reason });
    } else if (outcome.kind === 'HELD') {
      meeting(`meeting:${demo.key}:hold`, {
        type: 'HoldMeeting',
        data: { meetingId, heldOn: outcome.heldOn, minutes: outcome.minutes },
      });
      const members = outcome.members.map((m) => ({
        organisationNumber: m.organisationNumber,
        participants: { ...m.participants },
      }));
      meeting(`meeting:${demo.key}:attendance`, {
        type: 'RecordAttendance',
        data: { meetingId, members, guests: outcome.guests.map((g) => ({ ...g })) },
      });
    }
  }

  for (const demo of DEMO_JOINT_ACTIONS) {
    const jointActionId = demoJointActionId(demo.key);
    const { title, description, owner, dueDate, planActivity, outcome } = demo;
    action(`action:${demo.key}:agree`, {
      type: 'AgreeJointAction',
      data: {
        meetingId: demoMeetingId(demo.meetingKey),
        title,
        description,
        owner: { ...owner },
        dueDate,
        ...(planActivity ? { planActivity: { ...planActivity } } : {}),
      },
      reason: demo.reason,
    });
    demo.progress.forEach(({ note, recordedOn }, index) => {
      action(`action:${demo.key}:progress:${index}`, {
        type: 'RecordJointActionProgress',
        data: { jointActionId, note, recordedOn },
      });
    });
    if (outcome?.kind === 'DONE') {
      const data = { jointActionId, doneOn: outcome.doneOn, ...(outcome.note ? { note: outcome.note } : {}) };
      action(`action:${demo.key}:complete`, { type: 'CompleteJointAction', data });
    } else if (outcome?.kind === 'DROPPED') {
      action(`action:${demo.key}:drop`, {
        type: 'DropJointAction',
        data: { jointActionId, droppedOn: outcome.droppedOn },
        reason: outcome.reason,
      });
    }
  }

  for (const { forumId, members } of DEMO_FORUMS) {
    for (const { employer, resigned } of members) {
      if (!resigned) continue;
      const { organisationNumber } = employer;
      forum(`${forumId}:member:${organisationNumber}:resign`, 'coordinator', {
        type: 'ResignMember',
        data: { forumId, organisationNumber, leftOn: resigned.leftOn },
        reason: resigned.reason,
      });
    }
  }
  return list;
}

export const forumsSeed = demoSeed(steps);

/**
 * Loads the six regional forums, their meetings and joint actions through the forums' endpoints,
 * as the dev-token people: the steering group founds the forums, the forum coordinator (granted
 * all six, as the dev token is) does the rest. Every command id derives from a demo key, so a
 * second run replays each request and appends nothing; the people named (representatives, guests,
 * owners) get their ids from the endpoints, as for the GraphQL mutations.
 */
export const seedForums = forumsSeed.send;
export const demoForumsCommandIds = forumsSeed.commandIds;
export const forumsCommandCount = forumsSeed.count;
