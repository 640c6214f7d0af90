import { entityProjection, EventCatalog, EventMetadata, ProjectedEvent, Projection } from '@samverkan/core';
import type { ForumEvent, JointActionEvent, MeetingEvent } from '../domain';
import { ForumDoc, JointActionDoc, MeetingDoc } from './forums.documents';

export const FORUM_TABLE = 'forums_forum';
export const MEETING_TABLE = 'forums_meeting';
export const JOINT_ACTION_TABLE = 'forums_joint_action';

const reasonOf = (event: ProjectedEvent) => (event.metadata as Partial<EventMetadata>).reason ?? null;

export const forumProjection: Projection = entityProjection<ForumEvent, ForumDoc>({
  name: 'forums.forum',
  table: FORUM_TABLE,
  category: 'forum',
  key: 'forumId',
  // A year's cadence lists the forums established by its end.
  indexes: { established: ['establishedOn'] },
  start: {
    ForumEstablished: ({ data }) => ({ ...data, members: [], formerMembers: [] }),
  },
  change: {
    ForumCapacityChanged: (doc, { data }) => ({ ...doc, capacity: data.capacity }),
    MemberAdmitted: (doc, { data }) => ({
      ...doc,
      members: [...doc.members, { ...data.employer, joinedOn: data.joinedOn, representatives: [] }],
    }),
    MemberResigned: (doc, { data }) => {
      const leaving = doc.members.find((m) => m.organisationNumber === data.organisationNumber);
      return {
        ...doc,
        members: doc.members.filter((m) => m.organisationNumber !== data.organisationNumber),
        formerMembers: leaving
          ? [
              ...doc.formerMembers,
              {
                organisationNumber: leaving.organisationNumber,
                name: leaving.name,
                joinedOn: leaving.joinedOn,
                leftOn: data.leftOn,
                reason: data.reason,
              },
            ]
          : doc.formerMembers,
      };
    },
    RepresentativeAdded: (doc, { data }) =>
      withMember(doc, data.organisationNumber, (m) => ({
        ...m,
        representatives: [...m.representatives, { personId: data.personId, role: data.role }],
      })),
    RepresentativeRemoved: (doc, { data }) =>
      withMember(doc, data.organisationNumber, (m) => ({
        ...m,
        representatives: m.representatives.filter((r) => r.personId !== data.personId),
      })),
  },
});

function withMember(
  doc: ForumDoc,
  organisationNumber: string,
  change: (m: ForumDoc['members'][number]) => ForumDoc['members'][number],
): ForumDoc {
  return { ...doc, members: doc.members.map((m) => (m.organisationNumber === organisationNumber ? change(m) : m)) };
}

/** Meetings are listed by forum and counted by year and term: index those fields of the document. */
export const meetingProjection: Projection = entityProjection<MeetingEvent, MeetingDoc>({
  name: 'forums.meeting',
  table: MEETING_TABLE,
  category: 'forumMeeting',
  key: 'meetingId',
  indexes: { forum: ['forumId', 'date'], year: ['year', 'term'] },
  start: {
    MeetingPlanned: ({ data }) => ({
      ...data,
      status: 'PLANNED',
      heldOn: null,
      minutes: null,
      cancellationReason: null,
      attendance: null,
    }),
  },
  change: {
    MeetingRescheduled: (doc, { data }) => ({ ...doc, date: data.date }),
    MeetingAgendaChanged: (doc, { data }) => ({ ...doc, agenda: data.agenda }),
    MeetingHeld: (doc, { data }) => ({ ...doc, status: 'HELD', heldOn: data.heldOn, minutes: data.minutes }),
    AttendanceRecorded: (doc, { data }) => ({ ...doc, attendance: { members: data.members, guests: data.guests } }),
    MeetingCancelled: (doc, { data }) => ({ ...doc, status: 'CANCELLED', cancellationReason: data.reason }),
  },
});

/**
 * A joint action is agreed at a held meeting, so it dates from the day the meeting was held: the
 * catalog's world time, a Stockholm date (an older event, which kept no such time, from when it
 * was recorded).
 */
export function jointActionProjection(catalog: EventCatalog): Projection {
  return entityProjection<JointActionEvent, JointActionDoc>({
    name: 'forums.jointAction',
    // 2: agreedOn is the catalog's Stockholm date (1 cut the UTC instant, a day early for a date stated as Swedish midnight).
    version: 2,
    table: JOINT_ACTION_TABLE,
    category: 'jointAction',
    key: 'jointActionId',
    indexes: { forum: ['forumId'] },
    start: {
      JointActionAgreed: ({ data }, recorded) => ({
        ...data,
        planActivity: data.planActivity ?? null,
        status: 'AGREED',
        agreedOn: catalog.occurredAt(recorded).date,
        agreedReason: reasonOf(recorded),
        progress: [],
        doneOn: null,
        droppedOn: null,
        dropReason: null,
        position: recorded.position.toString(),
      }),
    },
    change: {
      JointActionProgressRecorded: (doc, { data }) => ({
        ...doc,
        status: 'IN_PROGRESS',
        progress: [...doc.progress, { note: data.note, recordedOn: data.recordedOn }],
      }),
      JointActionDueDateChanged: (doc, { data }) => ({ ...doc, dueDate: data.dueDate }),
      JointActionCompleted: (doc, { data }) => ({ ...doc, status: 'DONE', doneOn: data.doneOn }),
      JointActionDropped: (doc, { data }) => ({
        ...doc,
        status: 'DROPPED',
        droppedOn: data.droppedOn,
        dropReason: data.reason,
      }),
    },
  });
}

/** The forums' read models; the joint actions are dated by the catalog's world time. */
export function forumsProjections(catalog: EventCatalog): Projection[] {
  return [forumProjection, meetingProjection, jointActionProjection(catalog)];
}
