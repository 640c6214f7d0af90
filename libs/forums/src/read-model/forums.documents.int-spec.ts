import { EventCatalog } from '@samverkan/core';
import { GivenEvent, projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { forumsModuleEvents, forumStream, jointActionStream, meetingStream } from '../domain';
import {
  aCancelledMeeting,
  aHeldMeeting,
  agreed,
  attendanceRecorded,
  completed,
  FORUM_ID,
  guests,
  homeCare,
  JOINT_ACTION_ID,
  MEETING_ID,
  memberAttendance,
  municipality,
  PERSON,
  planMeeting,
  progressRecorded,
  resigned,
  withMembers,
} from '../domain/testing/forums.fixtures';
import { forumProjection, jointActionProjection, meetingProjection } from './forums.projections';
import { getForums, getJointActions, getMeetings } from './forums.queries';

const catalog = new EventCatalog();
catalog.register(forumsModuleEvents);
const on = (stream: string, events: { type: string; data: unknown }[]): GivenEvent[] =>
  events.map((e) => ({ ...e, stream }));

describe('The forum document', () => {
  const spec = projectionSpecification(forumProjection, [forumsModuleEvents]);

  it('keeps the current members with their representatives, and a member that left among the former, with the reason', () =>
    spec.given(on(forumStream(FORUM_ID), [...withMembers, resigned(homeCare.organisationNumber)])).then(
      (db) => getForums(db, [FORUM_ID]),
      [
        {
          revision: 5,
          doc: {
            forumId: FORUM_ID,
            name: 'Forum Väst',
            region: 'Västra Götaland',
            capacity: 25,
            establishedOn: '2024-09-02',
            members: [
              {
                ...municipality,
                joinedOn: '2024-10-01',
                representatives: [
                  { personId: PERSON.hrLead, role: 'HR' },
                  { personId: PERSON.manager, role: 'MANAGER' },
                ],
              },
            ],
            formerMembers: [
              {
                organisationNumber: homeCare.organisationNumber,
                name: homeCare.name,
                joinedOn: '2024-10-01',
                leftOn: '2025-05-31',
                reason: 'Omorganisation',
              },
            ],
          },
        },
      ],
    ));
});

describe('The forum meeting document', () => {
  const spec = projectionSpecification(meetingProjection, [forumsModuleEvents]);
  const read = (db: Parameters<typeof getMeetings>[0]) =>
    getMeetings(db, [MEETING_ID]).map(({ revision, doc }) => ({ revision, ...doc }));
  const { meetingId, forumId, title, format, term, year, date, agenda } = planMeeting.data;
  const base = { meetingId, forumId, title, format, term, year, date, agenda };

  it('shows a held meeting with its minutes and who came', () =>
    spec.given(on(meetingStream(MEETING_ID), [...aHeldMeeting, attendanceRecorded])).then(read, [
      {
        revision: 2,
        ...base,
        status: 'HELD',
        heldOn: '2025-05-14',
        minutes: 'Genomgång av metoden; två insatser föreslogs.',
        cancellationReason: null,
        attendance: { members: memberAttendance, guests },
      },
    ]));

  it('shows a cancelled meeting with the reason and no attendance', () =>
    spec.given(on(meetingStream(MEETING_ID), aCancelledMeeting)).then(read, [
      {
        revision: 1,
        ...base,
        status: 'CANCELLED',
        heldOn: null,
        minutes: null,
        cancellationReason: 'För få anmälda',
        attendance: null,
      },
    ]));
});

describe('The joint action document', () => {
  const spec = projectionSpecification(jointActionProjection(catalog), [forumsModuleEvents]);
  const read = (db: Parameters<typeof getJointActions>[0]) =>
    getJointActions(db, [JOINT_ACTION_ID]).map(({ revision, doc }) => ({
      revision,
      status: doc.status,
      agreedOn: doc.agreedOn,
      progress: doc.progress,
      doneOn: doc.doneOn,
    }));

  it('follows an action from agreed, through progress, to done; agreed on the day the store says it happened', () =>
    spec.given(on(jointActionStream(JOINT_ACTION_ID), [agreed, progressRecorded, completed])).then(read, [
      {
        revision: 2,
        status: 'DONE',
        agreedOn: '2025-03-12',
        progress: [{ note: 'Datum och lokal bokade', recordedOn: '2025-06-10' }],
        doneOn: '2025-06-16',
      },
    ]));
});
