import {
  AddForumRepresentativeDocument,
  AdmitForumMemberDocument,
  ChangeForumCapacityDocument,
  EmployerSize,
  PlanForumMeetingDocument,
  RemoveForumRepresentativeDocument,
  RepresentativeRole,
  ResignForumMemberDocument,
  Sector,
  MeetingFormat,
  Term,
} from '../../gql/graphql';
import type { OpenForm } from '../../forms/open-forms';
import { AGENDA_FIELD, agendaOf, given, REASON_FIELD } from './forum-fields';
import { choicesOf } from '../../forms/fields/choices';
import { Command, forumCommandsOn } from './ForumCommands';
import type { Forum, Member } from './ForumRoom';
import { FORMATS, REPRESENTATIVE_ROLES, SECTORS, SIZES, T, TERMS } from './texts';

const F = T.fields;

/** The forum's own commands: its capacity (a steering group decision), admitting an employer, planning a meeting. */
export function forumCommands(forum: Forum, forms: OpenForm, now = new Date()): Command[] {
  const forumId = forum.id;
  const command = forumCommandsOn(forms, forum.revision);
  return [
    command('capacity', {
      mutation: ChangeForumCapacityDocument,
      defaults: { capacity: String(forum.capacity) },
      fields: [{ name: 'capacity', label: F.capacity, kind: 'number', required: true }, REASON_FIELD],
      toInput: (v) => ({ forumId, capacity: Number(v.capacity), reason: v.reason.trim() }),
    }),
    command('admit', {
      mutation: AdmitForumMemberDocument,
      defaults: { sector: 'PUBLIC', size: 'FROM_250_TO_499' },
      fields: [
        { name: 'organisationNumber', label: F.organisationNumber, help: F.organisationNumberHelp, required: true },
        { name: 'name', label: F.employerName, required: true },
        { name: 'sector', label: F.sector, kind: 'select', required: true, options: choicesOf(SECTORS) },
        { name: 'industry', label: F.industry, help: F.industryHelp, required: true },
        { name: 'size', label: F.size, kind: 'select', required: true, options: choicesOf(SIZES) },
        { name: 'joinedOn', label: F.joinedOn, help: F.today, kind: 'date' },
      ],
      toInput: (v) => ({
        forumId,
        employer: {
          organisationNumber: v.organisationNumber.trim(),
          name: v.name.trim(),
          sector: v.sector as Sector,
          industry: v.industry.trim(),
          size: v.size as EmployerSize,
        },
        ...given('joinedOn', v.joinedOn),
      }),
    }),
    // A new meeting is a new stream: there is no revision to expect.
    forumCommandsOn(forms)('plan', {
      mutation: PlanForumMeetingDocument,
      defaults: { format: 'SEMINAR', term: now.getMonth() < 6 ? 'VT' : 'HT', year: String(now.getFullYear()) },
      fields: [
        { name: 'title', label: F.meetingTitle, required: true },
        { name: 'format', label: F.format, kind: 'select', required: true, options: choicesOf(FORMATS) },
        { name: 'term', label: F.term, kind: 'select', required: true, options: choicesOf(TERMS) },
        { name: 'year', label: F.year, kind: 'number', required: true },
        { name: 'date', label: F.date, help: F.dateHelp, kind: 'date', required: true },
        AGENDA_FIELD,
      ],
      toInput: (v) => ({
        forumId,
        title: v.title.trim(),
        format: v.format as MeetingFormat,
        term: v.term as Term,
        year: Number(v.year),
        date: v.date,
        agenda: agendaOf(v.agenda) ?? [],
      }),
    }),
  ];
}

/** A member's commands: it leaves (with the reason), or gains a representative. */
export function memberCommands(forum: Forum, member: Member, forms: OpenForm): Command[] {
  const base = { forumId: forum.id, organisationNumber: member.organisationNumber };
  const command = forumCommandsOn(forms, forum.revision);
  return [
    command('addRepresentative', {
      mutation: AddForumRepresentativeDocument,
      defaults: { role: 'MANAGER' },
      fields: [
        { name: 'name', label: F.personName, help: F.personNameHelp, required: true },
        { name: 'email', label: F.email },
        { name: 'role', label: F.role, kind: 'select', required: true, options: choicesOf(REPRESENTATIVE_ROLES) },
      ],
      toInput: (v) => ({
        ...base,
        name: v.name.trim(),
        role: v.role as RepresentativeRole,
        ...given('email', v.email),
      }),
    }),
    command('resign', {
      mutation: ResignForumMemberDocument,
      fields: [{ name: 'leftOn', label: F.leftOn, help: F.today, kind: 'date' }, REASON_FIELD],
      toInput: (v) => ({ ...base, reason: v.reason.trim(), ...given('leftOn', v.leftOn) }),
    }),
  ];
}

/** Removing one representative: nothing to ask but the confirmation. */
export function representativeCommands(forum: Forum, member: Member, personId: string, forms: OpenForm): Command[] {
  return [
    forumCommandsOn(forms, forum.revision)('removeRepresentative', {
      mutation: RemoveForumRepresentativeDocument,
      fields: [],
      toInput: () => ({ forumId: forum.id, organisationNumber: member.organisationNumber, personId }),
    }),
  ];
}
