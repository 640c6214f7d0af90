import { PersonDirectory } from '@samverkan/core';
import { AgendaItem } from '../domain';
import { attendanceCounts } from '../read-model/forums.cadence';
import { ForumDoc, JointActionDoc, MeetingDoc } from '../read-model/forums.documents';
import { isOverdue, Versioned } from '../read-model/forums.queries';
import { ForumMeetingType, ForumType, JointActionType } from './forums.types';

const nameOf = (persons: PersonDirectory, id: string) => persons.displayName(id) ?? 'okänd';

export function toForumType({ doc, revision }: Versioned<ForumDoc>, persons: PersonDirectory): ForumType {
  return {
    id: doc.forumId,
    name: doc.name,
    region: doc.region,
    capacity: doc.capacity,
    memberCount: doc.members.length,
    seatsLeft: Math.max(doc.capacity - doc.members.length, 0),
    establishedOn: doc.establishedOn,
    members: doc.members.map((m) => ({
      ...m,
      representatives: m.representatives.map((r) => ({
        personId: r.personId,
        role: r.role,
        name: nameOf(persons, r.personId),
      })),
    })),
    formerMembers: doc.formerMembers,
    revision,
  };
}

/** `memberNames` names the organisations present; a member that left since shows no name. */
export function toMeetingType(
  { doc, revision }: Versioned<MeetingDoc>,
  memberNames: Map<string, string>,
  persons: PersonDirectory,
): ForumMeetingType {
  const attendance = doc.attendance;
  return {
    id: doc.meetingId,
    forumId: doc.forumId,
    title: doc.title,
    format: doc.format,
    term: doc.term,
    year: doc.year,
    date: doc.date,
    status: doc.status,
    agenda: doc.agenda,
    heldOn: doc.heldOn,
    minutes: doc.minutes,
    cancellationReason: doc.cancellationReason,
    attendance: attendance && {
      organisations: attendance.members.length,
      participants: attendanceCounts(attendance),
      members: attendance.members.map((m) => ({
        organisationNumber: m.organisationNumber,
        employerName: memberNames.get(m.organisationNumber) ?? null,
        participants: attendanceCounts({ members: [m], guests: [] }),
      })),
      guests: attendance.guests.map((g) => ({ ...g, name: nameOf(persons, g.personId) })),
    },
    revision,
  };
}

export function toJointActionType(
  { doc, revision }: Versioned<JointActionDoc>,
  today: string,
  persons: PersonDirectory,
): JointActionType {
  return {
    id: doc.jointActionId,
    forumId: doc.forumId,
    meetingId: doc.meetingId,
    title: doc.title,
    description: doc.description,
    owner: {
      organisation: doc.owner.organisation,
      personId: doc.owner.personId ?? null,
      name: doc.owner.personId ? nameOf(persons, doc.owner.personId) : null,
    },
    dueDate: doc.dueDate,
    status: doc.status,
    overdue: isOverdue(doc, today),
    planActivity: doc.planActivity,
    agreedOn: doc.agreedOn,
    agreedReason: doc.agreedReason,
    progress: doc.progress,
    doneOn: doc.doneOn,
    droppedOn: doc.droppedOn,
    dropReason: doc.dropReason,
    revision,
  };
}

export function memberNamesOf(forums: ForumDoc[]): Map<string, string> {
  return new Map(forums.flatMap((f) => f.members.map((m) => [m.organisationNumber, m.name] as const)));
}

/** The agenda as the decider takes it: plain items, not the input classes. */
export function toAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item) => ({ topic: item.topic, speakerOrganisation: item.speakerOrganisation }));
}
