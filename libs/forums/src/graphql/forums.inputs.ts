import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CancelMeetingInput,
  CommandInput,
  FilteredPageArgs,
  IdField,
  IsOrganisationNumber,
  IsSniCode,
  IsText,
  IsYearMonthDay,
  ListField,
  NestedField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
  OrganisationInput,
  ReasonField,
  RoleCountsInput,
} from '@samverkan/core';
import { EMPLOYER_SIZES, MEETING_FORMATS, REPRESENTATIVE_ROLES, SECTORS, TERMS } from '../domain';
import {
  EmployerSizeEnum,
  JointActionStatusEnum,
  MeetingFormatEnum,
  RepresentativeRoleEnum,
  SectorEnum,
  TermEnum,
} from './forums.enums';

const FORUM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class EstablishForumInput extends CommandInput {
  @Field({ description: 'A short lower-case id, e.g. `vast`.' })
  @Matches(FORUM_ID, { message: 'forumId must be lower-case letters and digits, e.g. vast' })
  forumId: string;
  @Field() @IsText(200) name: string;
  @Field({ description: 'One of the `regions`.' }) @IsString() @MaxLength(100) region: string;
  @Field(() => Int, { nullable: true, description: '25 if left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  capacity?: number;
  @OptionalDayField() establishedOn?: string;
}

@InputType()
export class ChangeForumCapacityInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(200) capacity: number;
  @ReasonField('Why: a steering group decision.') reason: string;
}

@InputType()
export class MemberEmployerInput extends OrganisationInput {
  @Field(() => SectorEnum) @IsIn(SECTORS) sector: keyof typeof SectorEnum;
  @Field({ description: 'SNI 2007 code, e.g. 86.101.' }) @IsSniCode() industry: string;
  @Field(() => EmployerSizeEnum) @IsIn(EMPLOYER_SIZES) size: keyof typeof EmployerSizeEnum;
}

@InputType()
export class AdmitForumMemberInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @NestedField(() => MemberEmployerInput) employer: MemberEmployerInput;
  @OptionalDayField('Today if left out.') joinedOn?: string;
}

@InputType()
export class ResignForumMemberInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @Field() @IsOrganisationNumber() organisationNumber: string;
  @OptionalDayField() leftOn?: string;
  @ReasonField() reason: string;
}

@InputType()
export class AddForumRepresentativeInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @Field() @IsOrganisationNumber() organisationNumber: string;
  @Field({ description: 'Kept in the erasable person directory, never in an event.' })
  @IsText(200)
  name: string;
  @OptionalStringField(320) email?: string;
  @Field(() => RepresentativeRoleEnum) @IsIn(REPRESENTATIVE_ROLES) role: keyof typeof RepresentativeRoleEnum;
}

@InputType()
export class RemoveForumRepresentativeInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @Field() @IsOrganisationNumber() organisationNumber: string;
  @Field() @IsText(100) personId: string;
}

@InputType()
export class AgendaItemInput {
  @Field() @IsText(500) topic: string;
  @Field({ description: 'e.g. Folkhälsomyndigheten' })
  @IsText(200)
  speakerOrganisation: string;
}

@InputType()
export class PlanForumMeetingInput extends CommandInput {
  @Field() @Matches(FORUM_ID) forumId: string;
  @Field() @IsText(300) title: string;
  @Field(() => MeetingFormatEnum) @IsIn(MEETING_FORMATS) format: keyof typeof MeetingFormatEnum;
  @Field(() => TermEnum) @IsIn(TERMS) term: keyof typeof TermEnum;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field({ description: 'Inside the term.' }) @IsYearMonthDay() date: string;
  @ListField(() => AgendaItemInput, 30, { defaultValue: [] })
  agenda: AgendaItemInput[];
}

@InputType()
export class RescheduleForumMeetingInput extends CommandInput {
  @IdField() meetingId: string;
  @Field() @IsYearMonthDay() date: string;
}

@InputType()
export class ChangeForumMeetingAgendaInput extends CommandInput {
  @IdField() meetingId: string;
  @ListField(() => AgendaItemInput, 30)
  agenda: AgendaItemInput[];
}

@InputType()
export class HoldForumMeetingInput extends CommandInput {
  @IdField() meetingId: string;
  @OptionalDayField('Today if left out.') heldOn?: string;
  @Field() @IsText(20000) minutes: string;
}

@InputType()
export class MemberAttendanceInput extends RoleCountsInput(500) {
  @Field() @IsOrganisationNumber() organisationNumber: string;
}

@InputType()
export class NamedGuestInput {
  @Field({ description: 'Kept in the erasable person directory.' })
  @IsText(200)
  name: string;
  @Field() @IsText(200) organisation: string;
}

@InputType()
export class RecordForumAttendanceInput extends CommandInput {
  @IdField() meetingId: string;
  @ListField(() => MemberAttendanceInput, 200)
  members: MemberAttendanceInput[];
  @ListField(() => NamedGuestInput, 100, { defaultValue: [] })
  guests: NamedGuestInput[];
}

@InputType()
export class CancelForumMeetingInput extends CancelMeetingInput {}

@InputType()
export class ActionOwnerInput {
  @Field({ description: 'FK, AV, or a member employer’s name.' })
  @IsText(200)
  organisation: string;
  @Field({ nullable: true, description: 'A named owner, kept in the person directory.' })
  @IsOptional()
  @IsText(200)
  name?: string;
}

@InputType()
export class PlanActivityLinkInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field() @IsText(100) activityId: string;
}

@InputType()
export class AgreeJointActionInput extends CommandInput {
  @IdField('The held meeting it was agreed at.') meetingId: string;
  @Field() @IsText(300) title: string;
  @Field() @IsText(4000) description: string;
  @NestedField(() => ActionOwnerInput) owner: ActionOwnerInput;
  @Field() @IsYearMonthDay() dueDate: string;
  @NestedField(() => PlanActivityLinkInput, { nullable: true })
  @IsOptional()
  planActivity?: PlanActivityLinkInput;
  @ReasonField('Why: agreeing a joint action is a decision.') reason: string;
}

@InputType()
export class RecordJointActionProgressInput extends CommandInput {
  @IdField() jointActionId: string;
  @Field() @IsText(4000) note: string;
  @OptionalDayField() recordedOn?: string;
}

@InputType()
export class ChangeJointActionDueDateInput extends CommandInput {
  @IdField() jointActionId: string;
  @Field() @IsYearMonthDay() dueDate: string;
  @ReasonField() reason: string;
}

@InputType()
export class CompleteJointActionInput extends CommandInput {
  @IdField() jointActionId: string;
  @OptionalDayField() doneOn?: string;
  @OptionalStringField(4000) note?: string;
}

@InputType()
export class DropJointActionInput extends CommandInput {
  @IdField() jointActionId: string;
  @OptionalDayField() droppedOn?: string;
  @ReasonField() reason: string;
}

@InputType()
export class JointActionFilterInput {
  @Field({ nullable: true }) @IsOptional() @Matches(FORUM_ID) forumId?: string;
  @OptionalStringField(100) meetingId?: string;
  @OptionalEnumField(JointActionStatusEnum)
  status?: keyof typeof JointActionStatusEnum;
  @Field({ nullable: true, description: 'True: open actions past their due date; false: all others.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class JointActionsArgs extends FilteredPageArgs(JointActionFilterInput) {}
