import { EventDefinitions } from '@samverkan/core/domain';
import { ForumEvent } from './forum.events';
import { counted, oneLine, participantTotal, representativeRoleLabel } from './forums.summaries';
import { JointActionEvent } from './joint-action.events';
import { MeetingEvent } from './meeting.events';

export type ForumEventType = ForumEvent['type'];
export type MeetingEventType = MeetingEvent['type'];
export type JointActionEventType = JointActionEvent['type'];

/**
 * Summaries name forums, employers (legal persons) and codes, never people, and never free text
 * that may name them (minutes, progress notes, descriptions); reasons are kept, as in every module.
 */
export const forumEventDefinitions: EventDefinitions<ForumEvent> = {
  ForumEstablished: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `${d.name} grundat i ${d.region}, ${counted(d.capacity, 'plats', 'platser')}`,
  },
  ForumCapacityChanged: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Forumets kapacitet ändrad från ${d.previous} till ${counted(d.capacity, 'plats', 'platser')}`,
  },
  MemberAdmitted: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Ny medlem: ${d.employer.name} (${d.employer.organisationNumber})`,
  },
  MemberResigned: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => {
      const representatives = d.representativeIds.length;
      const along = representatives ? ` med ${counted(representatives, 'företrädare', 'företrädare')}` : '';
      return `Medlemmen ${d.organisationNumber} lämnade forumet${along}: ${oneLine(d.reason)}`;
    },
  },
  RepresentativeAdded: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Företrädare (${representativeRoleLabel[d.role] ?? d.role}) tillagd för ${d.organisationNumber}`,
  },
  RepresentativeRemoved: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Företrädare borttagen för ${d.organisationNumber}`,
  },
};

export const meetingEventDefinitions: EventDefinitions<MeetingEvent> = {
  MeetingPlanned: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Möte planerat: ${oneLine(d.title)} (${d.term} ${d.year}, ${d.date})`,
  },
  MeetingRescheduled: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Mötet flyttat från ${d.previous} till ${d.date}`,
  },
  MeetingAgendaChanged: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Mötets dagordning ändrad: ${counted(d.agenda.length, 'punkt', 'punkter')}`,
  },
  MeetingHeld: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Mötet hölls ${d.heldOn}`,
  },
  AttendanceRecorded: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) =>
      `Närvaro registrerad: ${counted(d.members.length, 'organisation', 'organisationer')}, ` +
      `${participantTotal(d.members)} deltagare, ${counted(d.guests.length, 'gäst', 'gäster')}`,
  },
  MeetingCancelled: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Mötet ställdes in: ${oneLine(d.reason)}`,
  },
};

export const jointActionEventDefinitions: EventDefinitions<JointActionEvent> = {
  JointActionAgreed: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) =>
      `Gemensam insats beslutad: ${oneLine(d.title)} (ansvarig ${oneLine(d.owner.organisation)}, klart ${d.dueDate})`,
  },
  JointActionProgressRecorded: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Lägesrapport för den gemensamma insatsen ${d.recordedOn}`,
  },
  JointActionDueDateChanged: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) =>
      `Den gemensamma insatsen ska vara klar ${d.dueDate} i stället för ${d.previous}: ${oneLine(d.reason)}`,
  },
  JointActionCompleted: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Den gemensamma insatsen slutfördes ${d.doneOn}`,
  },
  JointActionDropped: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Den gemensamma insatsen avbröts: ${oneLine(d.reason)}`,
  },
};
