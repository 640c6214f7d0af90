/** The regional forums' vocabulary (regionala samverkansforum, Momentum). */
import { NamedPerson, RoleCounts as ParticipantCounts } from '@samverkan/core/domain';

/** Participants by role, as counted at the door: managers, HR staff, others, the roles ESF reports. */
export { REPORTED_ROLES as PARTICIPANT_ROLES } from '@samverkan/core/domain';
export type { ReportedRole as ParticipantRole, RoleCounts as ParticipantCounts } from '@samverkan/core/domain';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Forums are founded with 25 seats unless the steering group decides otherwise. */
export const DEFAULT_FORUM_CAPACITY = 25;

export const SECTORS = ['PUBLIC', 'PRIVATE'] as const;
/** Offentlig or privat verksamhet. */
export type Sector = (typeof SECTORS)[number];

/** Employees, in bands: the forums invite employers with more than 250 employees. */
export const EMPLOYER_SIZES = ['FROM_250_TO_499', 'FROM_500_TO_999', 'FROM_1000_TO_4999', 'FROM_5000'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

/** A member employer, a legal person (its organisation number is normalised `NNNNNN-NNNN`). */
export interface MemberEmployer {
  organisationNumber: string;
  name: string;
  sector: Sector;
  /** SNI 2007 code, e.g. `86.101`. */
  industry: string;
  size: EmployerSize;
}

/** Who represents a member employer in the forum: managers and HR staff (chefer och HR-personal). */
export const REPRESENTATIVE_ROLES = ['MANAGER', 'HR'] as const;
export type RepresentativeRole = (typeof REPRESENTATIVE_ROLES)[number];

export const MEETING_FORMATS = ['SEMINAR', 'WORKSHOP', 'EXPERIENCE_EXCHANGE', 'WEBINAR'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** VT (vårtermin): 1 January – 30 June; HT (hösttermin): 1 July – 31 December. */
export const TERMS = ['VT', 'HT'] as const;
export type Term = (typeof TERMS)[number];

/** Meetings a forum is expected to hold per term ("två gånger per termin"). */
export const EXPECTED_MEETINGS_PER_TERM = 2;

/** One speaker's item on a meeting's agenda, e.g. Folkhälsomyndigheten on implementation. */
export interface AgendaItem {
  topic: string;
  speakerOrganisation: string;
}

/** What a coordinator plans for a meeting: the command, its event, the state and the document share it. */
export interface MeetingPlan {
  meetingId: string;
  forumId: string;
  title: string;
  format: MeetingFormat;
  term: Term;
  year: number;
  /** The planned date; the state and the document hold it as last rescheduled. */
  date: IsoDate;
  agenda: AgendaItem[];
}

/** A member employer that took part in a held meeting, and with how many people. */
export interface MemberAttendance {
  organisationNumber: string;
  participants: ParticipantCounts;
}

/** A named guest (a speaker, an invited partner): a person in the person directory, never a name in the event. */
export type NamedGuest = NamedPerson;

/** Who owns a joint action: an organisation, and optionally a named person there. */
export interface ActionOwner {
  organisation: string;
  personId?: string;
}

/** A plan activity a joint action contributes to (plan för aktiv samverkan). */
export interface PlanActivityLink {
  year: number;
  activityId: string;
}
