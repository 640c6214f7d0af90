import {
  AgreeJointActionDocument,
  CancelForumMeetingDocument,
  ChangeForumMeetingAgendaDocument,
  HoldForumMeetingDocument,
  RecordForumMeetingAttendanceDocument,
  RescheduleForumMeetingDocument,
} from '../../gql/graphql';
import type { OpenForm } from '../../forms/open-forms';
import {
  AGENDA_FIELD,
  agendaOf,
  agendaText,
  attendanceDefaults,
  attendanceFields,
  attendanceOf,
  given,
  guestsOf,
  REASON_FIELD,
} from './forum-fields';
import { Command, forumCommandsOn } from './ForumCommands';
import type { Forum, Meeting } from './ForumRoom';
import { T } from './texts';

const F = T.fields;
const validGuests = (text: string) => (guestsOf(text) ? undefined : F.guestsInvalid);

/** A planned meeting is moved, its agenda changed, held with minutes, or cancelled (a decision). */
function plannedCommands(meeting: Meeting, forms: OpenForm): Command[] {
  const meetingId = meeting.id;
  const command = forumCommandsOn(forms, meeting.revision);
  return [
    command('hold', {
      mutation: HoldForumMeetingDocument,
      defaults: { heldOn: meeting.date },
      fields: [
        { name: 'heldOn', label: F.heldOn, help: F.today, kind: 'date' },
        { name: 'minutes', label: F.minutes, kind: 'textarea', required: true },
      ],
      toInput: (v) => ({ meetingId, minutes: v.minutes.trim(), ...given('heldOn', v.heldOn) }),
    }),
    command('reschedule', {
      mutation: RescheduleForumMeetingDocument,
      defaults: { date: meeting.date },
      fields: [{ name: 'date', label: F.date, help: F.dateHelp, kind: 'date', required: true }],
      toInput: (v) => ({ meetingId, date: v.date }),
    }),
    command('agenda', {
      mutation: ChangeForumMeetingAgendaDocument,
      defaults: { agenda: agendaText(meeting.agenda) },
      fields: [AGENDA_FIELD],
      toInput: (v) => ({ meetingId, agenda: agendaOf(v.agenda) ?? [] }),
    }),
    command('cancel', {
      mutation: CancelForumMeetingDocument,
      fields: [REASON_FIELD],
      toInput: (v) => ({ meetingId, reason: v.reason.trim() }),
    }),
  ];
}

/** At a held meeting: who came (member employers by role, named guests), and joint actions agreed there. */
function heldCommands(forum: Forum, meeting: Meeting, forms: OpenForm): Command[] {
  const meetingId = meeting.id;
  const recorded = meeting.attendance;
  return [
    forumCommandsOn(forms, meeting.revision)('attendance', {
      mutation: RecordForumMeetingAttendanceDocument,
      intro: F.attendanceHelp,
      defaults: attendanceDefaults(
        recorded?.members.map((m) => ({ organisationNumber: m.organisationNumber, participants: m.participants })) ??
          [],
        recorded?.guests ?? [],
      ),
      fields: [
        ...attendanceFields(forum.members),
        { name: 'guests', label: F.guests, help: F.guestsHelp, kind: 'textarea', validate: validGuests },
      ],
      toInput: (v) => ({ meetingId, members: attendanceOf(forum.members, v), guests: guestsOf(v.guests) ?? [] }),
    }),
    // A new joint action is a new stream: there is no revision to expect.
    forumCommandsOn(forms)('agree', {
      mutation: AgreeJointActionDocument,
      fields: [
        { name: 'title', label: F.actionTitle, required: true },
        { name: 'description', label: F.description, kind: 'textarea', required: true },
        { name: 'organisation', label: F.ownerOrganisation, help: F.ownerOrganisationHelp, required: true },
        { name: 'name', label: F.ownerName, help: F.personNameHelp },
        { name: 'dueDate', label: F.dueDate, kind: 'date', required: true },
        REASON_FIELD,
      ],
      toInput: (v) => ({
        meetingId,
        title: v.title.trim(),
        description: v.description.trim(),
        owner: { organisation: v.organisation.trim(), ...given('name', v.name) },
        dueDate: v.dueDate,
        reason: v.reason.trim(),
      }),
    }),
  ];
}

/** What a meeting's status allows: a cancelled meeting takes nothing more. */
export function meetingCommands(forum: Forum, meeting: Meeting, forms: OpenForm): Command[] {
  if (meeting.status === 'PLANNED') return plannedCommands(meeting, forms);
  if (meeting.status === 'HELD') return heldCommands(forum, meeting, forms);
  return [];
}
