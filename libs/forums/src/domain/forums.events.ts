import { action, decision, EventDefinitions } from '@samverkan/core/domain';
import { ForumEvent } from './forum.events';
import { counted, oneLine, participantTotal, representativeRoleLabel } from './forums.summaries';
import { JointActionEvent } from './joint-action.events';
import { MeetingEvent } from './meeting.events';

/**
 * Summaries name forums, employers (legal persons) and codes, never people, and never free text
 * that may name them (minutes, progress notes, descriptions); reasons are kept, as in every module.
 */
export const forumEventDefinitions: EventDefinitions<ForumEvent> = {
  ForumEstablished: action((d) => `${d.name} grundat i ${d.region}, ${counted(d.capacity, 'plats', 'platser')}`),
  ForumCapacityChanged: decision(
    (d) => `Forumets kapacitet ändrad från ${d.previous} till ${counted(d.capacity, 'plats', 'platser')}`,
  ),
  MemberAdmitted: action((d) => `Ny medlem: ${d.employer.name} (${d.employer.organisationNumber})`),
  MemberResigned: decision((d) => {
    const representatives = d.representativeIds.length;
    const along = representatives ? ` med ${counted(representatives, 'företrädare', 'företrädare')}` : '';
    return `Medlemmen ${d.organisationNumber} lämnade forumet${along}: ${oneLine(d.reason)}`;
  }),
  RepresentativeAdded: action(
    (d) => `Företrädare (${representativeRoleLabel[d.role] ?? d.role}) tillagd för ${d.organisationNumber}`,
  ),
  RepresentativeRemoved: action((d) => `Företrädare borttagen för ${d.organisationNumber}`),
};

export const meetingEventDefinitions: EventDefinitions<MeetingEvent> = {
  MeetingPlanned: action((d) => `Möte planerat: ${oneLine(d.title)} (${d.term} ${d.year}, ${d.date})`),
  MeetingRescheduled: action((d) => `Mötet flyttat från ${d.previous} till ${d.date}`),
  MeetingAgendaChanged: action((d) => `Mötets dagordning ändrad: ${counted(d.agenda.length, 'punkt', 'punkter')}`),
  MeetingHeld: action((d) => `Mötet hölls ${d.heldOn}`),
  AttendanceRecorded: action(
    (d) =>
      `Närvaro registrerad: ${counted(d.members.length, 'organisation', 'organisationer')}, ` +
      `${participantTotal(d.members)} deltagare, ${counted(d.guests.length, 'gäst', 'gäster')}`,
  ),
  MeetingCancelled: decision((d) => `Mötet ställdes in: ${oneLine(d.reason)}`),
};

export const jointActionEventDefinitions: EventDefinitions<JointActionEvent> = {
  JointActionAgreed: decision(
    (d) =>
      `Gemensam insats beslutad: ${oneLine(d.title)} (ansvarig ${oneLine(d.owner.organisation)}, klart ${d.dueDate})`,
  ),
  JointActionProgressRecorded: action((d) => `Lägesrapport för den gemensamma insatsen ${d.recordedOn}`),
  JointActionDueDateChanged: decision(
    (d) => `Den gemensamma insatsen ska vara klar ${d.dueDate} i stället för ${d.previous}: ${oneLine(d.reason)}`,
  ),
  JointActionCompleted: action((d) => `Den gemensamma insatsen slutfördes ${d.doneOn}`),
  JointActionDropped: decision((d) => `Den gemensamma insatsen avbröts: ${oneLine(d.reason)}`),
};
