import { documentProjection, EventCatalog, EventMetadata, ProjectedEvent, Projection } from '@samverkan/core';
import type { ForumEvent, JointActionEvent, MeetingEvent } from '../domain';
import { ForumDoc, JointActionDoc, MeetingDoc } from './forums.documents';

export const FORUM_TABLE = 'forums_forum';
export const MEETING_TABLE = 'forums_meeting';
export const JOINT_ACTION_TABLE = 'forums_joint_action';

const reasonOf = (event: ProjectedEvent) => (event.metadata as Partial<EventMetadata>).reason ?? null;

export const forumProjection: Projection = documentProjection<ForumDoc>({
  name: 'forums.forum',
  version: 1,
  table: FORUM_TABLE,
  categories: ['forum'],
  keyOf: (event) => (event.data as { forumId?: string }).forumId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as ForumEvent;
    if (e.type === 'ForumEstablished') {
      const { forumId, name, region, capacity, establishedOn } = e.data;
      return { forumId, name, region, capacity, establishedOn, members: [], formerMembers: [] };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'ForumCapacityChanged':
        return { ...doc, capacity: e.data.capacity };
      case 'MemberAdmitted':
        return {
          ...doc,
          members: [...doc.members, { ...e.data.employer, joinedOn: e.data.joinedOn, representatives: [] }],
        };
      case 'MemberResigned': {
        const leaving = doc.members.find((m) => m.organisationNumber === e.data.organisationNumber);
        return {
          ...doc,
          members: doc.members.filter((m) => m.organisationNumber !== e.data.organisationNumber),
          formerMembers: leaving
            ? [
                ...doc.formerMembers,
                {
                  organisationNumber: leaving.organisationNumber,
                  name: leaving.name,
                  joinedOn: leaving.joinedOn,
                  leftOn: e.data.leftOn,
                  reason: e.data.reason,
                },
              ]
            : doc.formerMembers,
        };
      }
      case 'RepresentativeAdded':
        return withMember(doc, e.data.organisationNumber, (m) => ({
          ...m,
          representatives: [...m.representatives, { personId: e.data.personId, role: e.data.role }],
        }));
      case 'RepresentativeRemoved':
        return withMember(doc, e.data.organisationNumber, (m) => ({
          ...m,
          representatives: m.representatives.filter((r) => r.personId !== e.data.personId),
        }));
      default:
        return doc;
    }
  },
});

function withMember(
  doc: ForumDoc,
  organisationNumber: string,
  change: (m: ForumDoc['members'][number]) => ForumDoc['members'][number],
): ForumDoc {
  return { ...doc, members: doc.members.map((m) => (m.organisationNumber === organisationNumber ? change(m) : m)) };
}

const meetingDocuments = documentProjection<MeetingDoc>({
  name: 'forums.meeting',
  version: 1,
  table: MEETING_TABLE,
  categories: ['forumMeeting'],
  keyOf: (event) => (event.data as { meetingId?: string }).meetingId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as MeetingEvent;
    if (e.type === 'MeetingPlanned') {
      return { ...e.data, status: 'PLANNED', heldOn: null, minutes: null, cancellationReason: null, attendance: null };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'MeetingRescheduled':
        return { ...doc, date: e.data.date };
      case 'MeetingAgendaChanged':
        return { ...doc, agenda: e.data.agenda };
      case 'MeetingHeld':
        return { ...doc, status: 'HELD', heldOn: e.data.heldOn, minutes: e.data.minutes };
      case 'AttendanceRecorded':
        return { ...doc, attendance: { members: e.data.members, guests: e.data.guests } };
      case 'MeetingCancelled':
        return { ...doc, status: 'CANCELLED', cancellationReason: e.data.reason };
      default:
        return doc;
    }
  },
});

/** Meetings are listed by forum and counted by year and term: index those fields of the document. */
export const meetingProjection: Projection = {
  ...meetingDocuments,
  setup(db) {
    meetingDocuments.setup(db);
    db.exec(`CREATE INDEX IF NOT EXISTS ${MEETING_TABLE}_forum ON ${MEETING_TABLE} (json_extract(doc, '$.forumId'), json_extract(doc, '$.date'));
      CREATE INDEX IF NOT EXISTS ${MEETING_TABLE}_year ON ${MEETING_TABLE} (json_extract(doc, '$.year'), json_extract(doc, '$.term'));`);
  },
};

/**
 * A joint action is agreed at a held meeting, so it dates from the day the meeting was held: the
 * catalog's world time, a Stockholm date (an older event, which kept no such time, from when it
 * was recorded).
 */
const jointActionDocuments = (catalog: EventCatalog) =>
  documentProjection<JointActionDoc>({
    name: 'forums.jointAction',
    // 2: agreedOn is the catalog's Stockholm date (1 cut the UTC instant, a day early for a date stated as Swedish midnight).
    version: 2,
    table: JOINT_ACTION_TABLE,
    categories: ['jointAction'],
    keyOf: (event) => (event.data as { jointActionId?: string }).jointActionId ?? null,
    evolve(doc, event) {
      const e = { type: event.type, data: event.data } as JointActionEvent;
      if (e.type === 'JointActionAgreed') {
        return {
          ...e.data,
          planActivity: e.data.planActivity ?? null,
          status: 'AGREED',
          agreedOn: catalog.occurredAt(event).date,
          agreedReason: reasonOf(event),
          progress: [],
          doneOn: null,
          droppedOn: null,
          dropReason: null,
          position: event.position.toString(),
        };
      }
      if (doc === null) return null;
      switch (e.type) {
        case 'JointActionProgressRecorded':
          return {
            ...doc,
            status: 'IN_PROGRESS',
            progress: [...doc.progress, { note: e.data.note, recordedOn: e.data.recordedOn }],
          };
        case 'JointActionDueDateChanged':
          return { ...doc, dueDate: e.data.dueDate };
        case 'JointActionCompleted':
          return { ...doc, status: 'DONE', doneOn: e.data.doneOn };
        case 'JointActionDropped':
          return { ...doc, status: 'DROPPED', droppedOn: e.data.droppedOn, dropReason: e.data.reason };
        default:
          return doc;
      }
    },
  });

export function jointActionProjection(catalog: EventCatalog): Projection {
  const documents = jointActionDocuments(catalog);
  return {
    ...documents,
    setup(db) {
      documents.setup(db);
      db.exec(
        `CREATE INDEX IF NOT EXISTS ${JOINT_ACTION_TABLE}_forum ON ${JOINT_ACTION_TABLE} (json_extract(doc, '$.forumId'));`,
      );
    },
  };
}

/** The forums' read models; the joint actions are dated by the catalog's world time. */
export function forumsProjections(catalog: EventCatalog): Projection[] {
  return [forumProjection, meetingProjection, jointActionProjection(catalog)];
}
