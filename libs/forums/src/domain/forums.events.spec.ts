import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { EventCatalog } from '@samverkan/core';
import { forumDecider, forumStream } from './forum';
import { ForumEvent } from './forum.events';
import { forumsEsfActivities } from './forums.esf';
import { jointActionDecider, jointActionStream } from './joint-action';
import { meetingDecider, meetingStream } from './meeting';
import { forumsModuleEvents } from './forums';
import {
  EMPLOYER_SIZES,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  REPRESENTATIVE_ROLES,
  SECTORS,
  TERMS,
} from './forums.model';
import {
  employerSizeLabel,
  meetingFormatLabel,
  participantRoleLabel,
  representativeRoleLabel,
  sectorLabel,
  termLabel,
} from './forums.summaries';
import { JointActionEvent } from './joint-action.events';
import { MeetingEvent } from './meeting.events';
import {
  admitted,
  agreed,
  attendanceRecorded,
  cancelled,
  completed,
  dropped,
  established,
  FORUM_ID as forumId,
  held,
  JOINT_ACTION_ID as jointActionId,
  MEETING_ID as meetingId,
  municipality,
  PERSON,
  planned,
  progressRecorded,
  representativeAdded,
  resigned,
} from './testing/forums.fixtures';

const oneForumEventOfEach: OneOfEach<ForumEvent> = {
  ForumEstablished: established,
  ForumCapacityChanged: { type: 'ForumCapacityChanged', data: { forumId, capacity: 30, previous: 25 } },
  MemberAdmitted: admitted(municipality),
  MemberResigned: resigned(municipality.organisationNumber, [PERSON.hrLead, PERSON.manager]),
  RepresentativeAdded: representativeAdded(PERSON.hrLead, 'HR'),
  RepresentativeRemoved: {
    type: 'RepresentativeRemoved',
    data: { forumId, organisationNumber: municipality.organisationNumber, personId: PERSON.hrLead },
  },
};
const oneMeetingEventOfEach: OneOfEach<MeetingEvent> = {
  MeetingPlanned: planned,
  MeetingRescheduled: {
    type: 'MeetingRescheduled',
    data: { meetingId, forumId, date: '2025-05-21', previous: '2025-05-14' },
  },
  MeetingAgendaChanged: {
    type: 'MeetingAgendaChanged',
    data: { meetingId, forumId, agenda: planned.data.agenda.slice(0, 1) },
  },
  MeetingHeld: held,
  AttendanceRecorded: attendanceRecorded,
  MeetingCancelled: cancelled,
};
const oneJointActionEventOfEach: OneOfEach<JointActionEvent> = {
  JointActionAgreed: agreed,
  JointActionProgressRecorded: progressRecorded,
  JointActionDueDateChanged: {
    type: 'JointActionDueDateChanged',
    data: { jointActionId, forumId, dueDate: '2025-10-31', previous: '2025-09-30', reason: 'Lokalen är\nupptagen' },
  },
  JointActionCompleted: completed,
  JointActionDropped: dropped,
};
const summary = summaryOf(forumsModuleEvents);

describe('Forums events', () => {
  describeModuleEvents(forumsModuleEvents, {
    module: 'forums',
    streams: {
      forum: oneForumEventOfEach,
      forumMeeting: oneMeetingEventOfEach,
      jointAction: oneJointActionEventOfEach,
    },
    count: 17,
    decisions: [
      'ForumCapacityChanged',
      'MemberResigned',
      'MeetingCancelled',
      'JointActionAgreed',
      'JointActionDueDateChanged',
      'JointActionDropped',
    ],
    hidden: [held.data.minutes, agreed.data.description, progressRecorded.data.note],
  });

  it('lets the catalog fold each of its streams with its own decider, and report its ESF activities', () => {
    const catalog = new EventCatalog();
    catalog.register(forumsModuleEvents);
    expect(catalog.evolverOf(forumStream(forumId))).toBe(forumDecider);
    expect(catalog.evolverOf(meetingStream(meetingId))).toBe(meetingDecider);
    expect(catalog.evolverOf(jointActionStream(jointActionId))).toBe(jointActionDecider);
    expect(catalog.esfReporters()).toEqual([{ module: 'forums', reporter: forumsEsfActivities }]);
  });

  it('summarises a forum and its members', () => {
    expect(summary(established)).toBe('Forum Väst grundat i Västra Götaland, 25 platser');
    expect(summary(oneForumEventOfEach.ForumCapacityChanged)).toBe('Forumets kapacitet ändrad från 25 till 30 platser');
    expect(summary(admitted(municipality))).toBe('Ny medlem: Exempelby kommun (212000-0142)');
    expect(summary(oneForumEventOfEach.MemberResigned)).toBe(
      'Medlemmen 212000-0142 lämnade forumet med 2 företrädare: Omorganisation',
    );
    expect(summary(resigned(municipality.organisationNumber))).toBe(
      'Medlemmen 212000-0142 lämnade forumet: Omorganisation',
    );
    expect(summary(oneForumEventOfEach.RepresentativeAdded)).toBe('Företrädare (HR-personal) tillagd för 212000-0142');
  });

  it('summarises a meeting and who came', () => {
    expect(summary(planned)).toBe('Möte planerat: Implementering av arbetsanpassning (VT 2025, 2025-05-14)');
    expect(summary(oneMeetingEventOfEach.MeetingRescheduled)).toBe('Mötet flyttat från 2025-05-14 till 2025-05-21');
    expect(summary(oneMeetingEventOfEach.MeetingAgendaChanged)).toBe('Mötets dagordning ändrad: 1 punkt');
    expect(summary(held)).toBe('Mötet hölls 2025-05-14');
    expect(summary(attendanceRecorded)).toBe('Närvaro registrerad: 2 organisationer, 5 deltagare, 1 gäst');
    expect(summary(cancelled)).toBe('Mötet ställdes in: För få anmälda');
  });

  it('summarises a joint action, keeping a reason on one line', () => {
    expect(summary(agreed)).toBe(
      'Gemensam insats beslutad: Gemensam utbildning för första linjens chefer (ansvarig FK, klart 2025-09-30)',
    );
    expect(summary(progressRecorded)).toBe('Lägesrapport för den gemensamma insatsen 2025-06-10');
    expect(summary(oneJointActionEventOfEach.JointActionDueDateChanged)).toBe(
      'Den gemensamma insatsen ska vara klar 2025-10-31 i stället för 2025-09-30: Lokalen är upptagen',
    );
    expect(summary(completed)).toBe('Den gemensamma insatsen slutfördes 2025-06-16');
    expect(summary(dropped)).toBe('Den gemensamma insatsen avbröts: Ersätts av en nationell utbildning');
  });

  it('has a Swedish label for every sector, size, role, format and term', () => {
    expectLabels(
      [
        [SECTORS, sectorLabel],
        [EMPLOYER_SIZES, employerSizeLabel],
        [REPRESENTATIVE_ROLES, representativeRoleLabel],
        [PARTICIPANT_ROLES, participantRoleLabel],
        [MEETING_FORMATS, meetingFormatLabel],
        [TERMS, termLabel],
      ],
      /^[a-zåäö0-9H]/,
    );
  });
});
