import type {
  EmployerSize,
  ForumEvent,
  IsoDate,
  JointActionEvent,
  MeetingPlan,
  MemberAttendance,
  NamedGuest,
  PlanActivityLink,
  RepresentativeRole,
  Sector,
} from '../domain';

/** The documents the forum pages read, one per forum, meeting and joint action. */

export interface MemberDoc {
  organisationNumber: string;
  name: string;
  sector: Sector;
  industry: string;
  size: EmployerSize;
  joinedOn: IsoDate;
  representatives: { personId: string; role: RepresentativeRole }[];
}

export interface FormerMemberDoc {
  organisationNumber: string;
  name: string;
  joinedOn: IsoDate;
  leftOn: IsoDate;
  reason: string;
}

/** The document starts as the forum was established. */
type Establishment = ForumEvent<'ForumEstablished'>['data'];

export interface ForumDoc extends Establishment {
  members: MemberDoc[];
  formerMembers: FormerMemberDoc[];
}

export type MeetingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface MeetingDoc extends MeetingPlan {
  status: MeetingStatus;
  heldOn: IsoDate | null;
  minutes: string | null;
  cancellationReason: string | null;
  attendance: { members: MemberAttendance[]; guests: NamedGuest[] } | null;
}

export type JointActionStatus = 'AGREED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';

/** The document starts as the agreement recorded it, with no plan activity as null. */
type AgreedAction = Omit<JointActionEvent<'JointActionAgreed'>['data'], 'planActivity'>;

export interface JointActionDoc extends AgreedAction {
  planActivity: PlanActivityLink | null;
  status: JointActionStatus;
  agreedOn: IsoDate;
  agreedReason: string | null;
  progress: { note: string; recordedOn: IsoDate }[];
  doneOn: IsoDate | null;
  droppedOn: IsoDate | null;
  dropReason: string | null;
  /** Position of the agreement in the store: orders the lists, newest first. */
  position: string;
}
