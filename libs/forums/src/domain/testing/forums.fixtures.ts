import { changed } from '@samverkan/core/testing/changed';
import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { forumDecider } from '../forum';
import { ForumCommand } from '../forum.commands';
import { ForumEvent } from '../forum.events';
import { MemberAttendance, MemberEmployer, NamedGuest, RepresentativeRole } from '../forums.model';
import { jointActionDecider } from '../joint-action';
import { AgreedAtMeeting, JointActionCommand } from '../joint-action.commands';
import { JointActionEvent } from '../joint-action.events';
import { meetingDecider } from '../meeting';
import { MeetingCommand } from '../meeting.commands';
import { MeetingEvent } from '../meeting.events';

/** Forum Väst in 2025, with fictional employers; organisation numbers pass the Luhn check. */

export const forumSpec = deciderSpecification(forumDecider);
export const meetingSpec = deciderSpecification(meetingDecider);
export const jointActionSpec = deciderSpecification(jointActionDecider);

/** Midday on 17 June 2025 in Stockholm: "today" is 2025-06-17, late in VT 2025. */
export const { NOW, TODAY, TOMORROW, YESTERDAY, metadata, commandOf } = fixedClock(
  '2025-06-17T10:00:00Z',
  '2025-06-17',
);

export const FORUM_ID = 'vast';
export const MEETING_ID = 'mtg-2025-vt-1';
export const JOINT_ACTION_ID = 'ja-2025-01';

export const municipality: MemberEmployer = {
  organisationNumber: '212000-0142',
  name: 'Exempelby kommun',
  sector: 'PUBLIC',
  industry: '84.11',
  size: 'FROM_5000',
};
export const homeCare: MemberEmployer = {
  organisationNumber: '556036-0793',
  name: 'Omsorgshuset i Väst AB',
  sector: 'PRIVATE',
  industry: '88.101',
  size: 'FROM_500_TO_999',
};
export const primaryCare: MemberEmployer = {
  organisationNumber: '556677-8899',
  name: 'Vårdcentralen Norrgården AB',
  sector: 'PRIVATE',
  industry: '86.211',
  size: 'FROM_250_TO_499',
};
export const region: MemberEmployer = {
  organisationNumber: '232100-0131',
  name: 'Exempelregionen',
  sector: 'PUBLIC',
  industry: '86.1',
  size: 'FROM_5000',
};

export const PERSON = { hrLead: 'person-0001', manager: 'person-0002', other: 'person-0003', speaker: 'person-0100' };

// ── forum ───────────────────────────────────────────────────────────────────────────────────

export const establishForum: ForumCommand<'EstablishForum'> = commandOf('EstablishForum', {
  forumId: FORUM_ID,
  name: 'Forum Väst',
  region: 'Västra Götaland',
  capacity: 25,
  establishedOn: '2024-09-02',
});
export const established: ForumEvent<'ForumEstablished'> = { type: 'ForumEstablished', data: establishForum.data };
export const establishForumWith = changed(establishForum);

/** A forum with room for `capacity` members. */
export function establishedWith(capacity: number): ForumEvent<'ForumEstablished'> {
  return { ...established, data: { ...established.data, capacity } };
}

export function admitMember(
  employer: MemberEmployer = municipality,
  joinedOn = '2024-10-01',
): ForumCommand<'AdmitMember'> {
  return commandOf('AdmitMember', { forumId: FORUM_ID, employer, joinedOn });
}
export function admitted(
  employer: MemberEmployer = municipality,
  joinedOn = '2024-10-01',
): ForumEvent<'MemberAdmitted'> {
  return { type: 'MemberAdmitted', data: { forumId: FORUM_ID, employer, joinedOn } };
}
export function representativeAdded(
  personId: string,
  role: RepresentativeRole = 'HR',
  organisationNumber = municipality.organisationNumber,
): ForumEvent<'RepresentativeAdded'> {
  return { type: 'RepresentativeAdded', data: { forumId: FORUM_ID, organisationNumber, personId, role } };
}
export function resigned(organisationNumber: string, representativeIds: string[] = []): ForumEvent<'MemberResigned'> {
  const data = {
    forumId: FORUM_ID,
    organisationNumber,
    leftOn: '2025-05-31',
    reason: 'Omorganisation',
    representativeIds,
  };
  return { type: 'MemberResigned', data };
}

/** Forum Väst with two members; the municipality sends an HR lead and a manager. */
export const withMembers: ForumEvent[] = [
  established,
  admitted(municipality),
  admitted(homeCare),
  representativeAdded(PERSON.hrLead, 'HR'),
  representativeAdded(PERSON.manager, 'MANAGER'),
];

// ── meeting ─────────────────────────────────────────────────────────────────────────────────

export const planMeeting: MeetingCommand<'PlanMeeting'> = commandOf('PlanMeeting', {
  meetingId: MEETING_ID,
  forumId: FORUM_ID,
  title: 'Implementering av arbetsanpassning',
  format: 'SEMINAR',
  term: 'VT',
  year: 2025,
  date: '2025-05-14',
  agenda: [
    { topic: 'En metod för implementering', speakerOrganisation: 'Folkhälsomyndigheten' },
    { topic: 'Organisatorisk och social arbetsmiljö (OSA)', speakerOrganisation: 'Arbetsmiljöverket' },
  ],
});
export const planned: MeetingEvent<'MeetingPlanned'> = { type: 'MeetingPlanned', data: planMeeting.data };
export const planMeetingWith = changed(planMeeting);
export const plannedWith = changed(planned);
export const held: MeetingEvent<'MeetingHeld'> = {
  type: 'MeetingHeld',
  data: {
    meetingId: MEETING_ID,
    forumId: FORUM_ID,
    heldOn: '2025-05-14',
    minutes: 'Genomgång av metoden; två insatser föreslogs.',
  },
};
export const cancelled: MeetingEvent<'MeetingCancelled'> = {
  type: 'MeetingCancelled',
  data: { meetingId: MEETING_ID, forumId: FORUM_ID, reason: 'För få anmälda' },
};

export const MEMBER_NUMBERS = [
  municipality.organisationNumber,
  homeCare.organisationNumber,
  primaryCare.organisationNumber,
];

export const memberAttendance: MemberAttendance[] = [
  { organisationNumber: municipality.organisationNumber, participants: { MANAGER: 2, HR: 1, OTHER: 0 } },
  { organisationNumber: homeCare.organisationNumber, participants: { MANAGER: 0, HR: 1, OTHER: 1 } },
];
export const guests: NamedGuest[] = [{ personId: PERSON.speaker, organisation: 'Folkhälsomyndigheten' }];

export function recordAttendance(
  members: MemberAttendance[] = memberAttendance,
  guestList: NamedGuest[] = guests,
  memberOrganisationNumbers: string[] = MEMBER_NUMBERS,
): MeetingCommand<'RecordAttendance'> {
  return commandOf('RecordAttendance', {
    meetingId: MEETING_ID,
    members,
    guests: guestList,
    memberOrganisationNumbers,
  });
}
export const attendanceRecorded: MeetingEvent<'AttendanceRecorded'> = {
  type: 'AttendanceRecorded',
  data: { meetingId: MEETING_ID, forumId: FORUM_ID, members: memberAttendance, guests },
};

export const aPlannedMeeting: MeetingEvent[] = [planned];
export const aHeldMeeting: MeetingEvent[] = [planned, held];
export const aCancelledMeeting: MeetingEvent[] = [planned, cancelled];

// ── joint action ────────────────────────────────────────────────────────────────────────────

export const heldMeeting: AgreedAtMeeting = {
  meetingId: MEETING_ID,
  forumId: FORUM_ID,
  status: 'HELD',
  heldOn: '2025-05-14',
};

export const agreeJointAction: JointActionCommand<'AgreeJointAction'> = commandOf(
  'AgreeJointAction',
  {
    jointActionId: JOINT_ACTION_ID,
    forumId: FORUM_ID,
    meeting: heldMeeting,
    title: 'Gemensam utbildning för första linjens chefer',
    description: 'FK och AV håller en halvdag om arbetsanpassning för medlemmarnas chefer.',
    owner: { organisation: 'FK', personId: PERSON.other },
    dueDate: '2025-09-30',
    planActivity: { year: 2025, activityId: 'act-07' },
  },
  'Medlemmarna efterfrågade stöd i arbetsanpassning',
);
export const agreed: JointActionEvent<'JointActionAgreed'> = {
  type: 'JointActionAgreed',
  data: {
    jointActionId: JOINT_ACTION_ID,
    forumId: FORUM_ID,
    meetingId: MEETING_ID,
    title: agreeJointAction.data.title,
    description: agreeJointAction.data.description,
    owner: agreeJointAction.data.owner,
    dueDate: '2025-09-30',
    planActivity: { year: 2025, activityId: 'act-07' },
  },
};
export const progressRecorded: JointActionEvent<'JointActionProgressRecorded'> = {
  type: 'JointActionProgressRecorded',
  data: { jointActionId: JOINT_ACTION_ID, forumId: FORUM_ID, note: 'Datum och lokal bokade', recordedOn: '2025-06-10' },
};
export const completed: JointActionEvent<'JointActionCompleted'> = {
  type: 'JointActionCompleted',
  data: { jointActionId: JOINT_ACTION_ID, forumId: FORUM_ID, doneOn: '2025-06-16' },
};
export const dropped: JointActionEvent<'JointActionDropped'> = {
  type: 'JointActionDropped',
  data: {
    jointActionId: JOINT_ACTION_ID,
    forumId: FORUM_ID,
    droppedOn: '2025-06-16',
    reason: 'Ersätts av en nationell utbildning',
  },
};

export const anAgreedAction: JointActionEvent[] = [agreed];
export const anActionInProgress: JointActionEvent[] = [agreed, progressRecorded];
