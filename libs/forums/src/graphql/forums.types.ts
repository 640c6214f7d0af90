import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, CONTENT_READERS, RestrictedField, SmallCountType } from '@samverkan/auth';
import { CommandPayloadType, ConnectionType, EntityType, OrganisationType, RoleCountsType } from '@samverkan/core';
import {
  EmployerSizeEnum,
  JointActionStatusEnum,
  MeetingFormatEnum,
  MeetingStatusEnum,
  RepresentativeRoleEnum,
  SectorEnum,
  TermEnum,
} from './forums.enums';

@ObjectType({
  description:
    'A manager or HR person representing a member employer. The name comes from the erasable person directory.',
})
export class RepresentativeType {
  @Field() personId: string;
  @Field({ description: '"raderad" after erasure.' }) name: string;
  @Field(() => RepresentativeRoleEnum) role: string;
}

@ObjectType()
export class ForumMemberType extends OrganisationType {
  @Field(() => SectorEnum) sector: string;
  @Field() industry: string;
  @Field(() => EmployerSizeEnum) size: string;
  @Field() joinedOn: string;
  @Field(() => [RepresentativeType]) representatives: RepresentativeType[];
}

@ObjectType()
export class FormerForumMemberType extends OrganisationType {
  @Field() joinedOn: string;
  @Field() leftOn: string;
  @Field() reason: string;
}

@ObjectType()
export class AgendaItemType {
  @Field() topic: string;
  @Field() speakerOrganisation: string;
}

@ObjectType({ description: 'People by role.' })
export class ParticipantCountsType extends RoleCountsType {
  @Field(() => Int) guests: number;
  @Field(() => Int) total: number;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType({ description: 'People by role, in the cadence: for the DASHBOARD role protected per term.' })
export class CadenceParticipantCountsType {
  @Field(() => SmallCountType) managers: SmallCountType;
  @Field(() => SmallCountType) hr: SmallCountType;
  @Field(() => SmallCountType) other: SmallCountType;
  @Field(() => SmallCountType) guests: SmallCountType;
  @Field(() => SmallCountType) total: SmallCountType;
}

@ObjectType()
export class MemberAttendanceType {
  @Field() organisationNumber: string;
  @Field(() => String, {
    nullable: true,
    description: 'The member’s name at the time of the query; null if it has left.',
  })
  employerName: string | null;
  @Field(() => ParticipantCountsType) participants: ParticipantCountsType;
}

@ObjectType()
export class GuestType {
  @Field() personId: string;
  @Field() name: string;
  @Field() organisation: string;
}

@ObjectType()
export class MeetingAttendanceType {
  @Field(() => Int, { description: 'Member employers present.' }) organisations: number;
  @Field(() => ParticipantCountsType) participants: ParticipantCountsType;
  @Field(() => [MemberAttendanceType]) members: MemberAttendanceType[];
  @Field(() => [GuestType]) guests: GuestType[];
}

@ObjectType('ForumMeeting')
export class ForumMeetingType extends EntityType {
  @Field() forumId: string;
  @Field() title: string;
  @Field(() => MeetingFormatEnum) format: string;
  @Field(() => TermEnum) term: string;
  @Field(() => Int) year: number;
  @Field() date: string;
  @Field(() => MeetingStatusEnum) status: string;
  @Field(() => [AgendaItemType]) agenda: AgendaItemType[];
  @Field(() => String, { nullable: true }) heldOn: string | null;
  @Field(() => String, { nullable: true }) minutes: string | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => MeetingAttendanceType, { nullable: true, description: 'Null until recorded for a held meeting.' })
  attendance: MeetingAttendanceType | null;
}

@ObjectType()
export class ActionOwnerType {
  @Field() organisation: string;
  @Field(() => String, { nullable: true }) personId: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
}

@ObjectType()
export class PlanActivityLinkType {
  @Field(() => Int) year: number;
  @Field() activityId: string;
}

@ObjectType()
export class ProgressNoteType {
  @Field() note: string;
  @Field() recordedOn: string;
}

@ObjectType('JointAction')
export class JointActionType extends EntityType {
  @Field() forumId: string;
  @Field() meetingId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => ActionOwnerType) owner: ActionOwnerType;
  @Field() dueDate: string;
  @Field(() => JointActionStatusEnum) status: string;
  @Field({ description: 'Open and past its due date (Stockholm calendar).' }) overdue: boolean;
  @Field(() => PlanActivityLinkType, { nullable: true }) planActivity: PlanActivityLinkType | null;
  @Field() agreedOn: string;
  @Field(() => String, { nullable: true, description: 'Why it was agreed (the decision’s reason).' }) agreedReason:
    string | null;
  @Field(() => [ProgressNoteType]) progress: ProgressNoteType[];
  @Field(() => String, { nullable: true }) doneOn: string | null;
  @Field(() => String, { nullable: true }) droppedOn: string | null;
  @Field(() => String, { nullable: true }) dropReason: string | null;
}

@ObjectType('Forum')
export class ForumType extends EntityType {
  @Field() name: string;
  @Field() region: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) memberCount: number;
  @Field(() => Int) seatsLeft: number;
  @Field() establishedOn: string;
  @Field(() => [ForumMemberType]) members: ForumMemberType[];
  @Field(() => [FormerForumMemberType]) formerMembers: FormerForumMemberType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class TermAttendanceType {
  @Field(() => SmallCountType, { description: 'Distinct member employers present at any meeting of the term.' })
  organisations: SmallCountType;
  @Field(() => CadenceParticipantCountsType) participants: CadenceParticipantCountsType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class MeetingCadenceType {
  @Field() meetingId: string;
  @RestrictedField(() => String, CONTENT_READERS, {
    description: 'Free text of the forum: content, not for DASHBOARD.',
  })
  title: string;
  @Field() date: string;
  @Field(() => MeetingStatusEnum) status: string;
  @Field(() => SmallCountType, {
    description: 'Not reported to the DASHBOARD role: per meeting no count can be protected.',
  })
  organisations: SmallCountType;
  @Field(() => CadenceParticipantCountsType) participants: CadenceParticipantCountsType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class TermCadenceType {
  @Field(() => TermEnum) term: string;
  @Field(() => Int) held: number;
  @Field(() => Int, { description: 'Two per term.' }) expected: number;
  @Field(() => Int) planned: number;
  @Field(() => Int) cancelled: number;
  @Field({ description: 'held >= expected' }) onTrack: boolean;
  @Field(() => TermAttendanceType) attendance: TermAttendanceType;
  @Field(() => [MeetingCadenceType]) meetings: MeetingCadenceType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class ForumCadenceType {
  @Field() forumId: string;
  @Field() forumName: string;
  @Field() region: string;
  @Field(() => [TermCadenceType]) terms: TermCadenceType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class ForumCadenceReport {
  @Field(() => Int) year: number;
  @Field({
    description: 'True when attendance counts are suppressed for the DASHBOARD role; the counts of meetings never are.',
  })
  suppressed: boolean;
  @Field(() => [ForumCadenceType]) forums: ForumCadenceType[];
}

export const ForumPayload = CommandPayloadType('ForumPayload', 'forum', ForumType);
export type ForumPayload = InstanceType<typeof ForumPayload>;

export const ForumMeetingPayload = CommandPayloadType('ForumMeetingPayload', 'meeting', ForumMeetingType);
export type ForumMeetingPayload = InstanceType<typeof ForumMeetingPayload>;

export const JointActionPayload = CommandPayloadType('JointActionPayload', 'jointAction', JointActionType);
export type JointActionPayload = InstanceType<typeof JointActionPayload>;

export const JointActionConnection = ConnectionType(JointActionType, 'JointActionConnection');
