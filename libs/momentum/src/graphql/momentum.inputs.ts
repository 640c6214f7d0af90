import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';

import { IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CommandInput,
  FilteredPageArgs,
  HasAtMostDecimals,
  IsText,
  IsYearMonthDay,
  ListField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
  ORGANISATIONS,
  ReasonField,
  RoleCountsInput,
} from '@samverkan/core';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../domain';
import { ActivityKindEnum, ActivityStatusEnum } from './momentum.enums';
import { IsParticipantOrganisation } from './momentum.validators';

const COUNTRY = /^[A-Z]{2}$/;

@InputType()
export class PlanProjectActivityInput extends CommandInput {
  @Field(() => ActivityKindEnum) @IsIn(ACTIVITY_KINDS) kind: keyof typeof ActivityKindEnum;
  @Field() @IsText(200) title: string;
  @Field({ description: `The organising organisation's code: ${ORGANISATIONS.join(', ')}.` })
  @IsIn(ORGANISATIONS)
  organiser: string;
  @Field({ description: 'Inside the project: 2024-05-01 – 2027-04-30.' }) @IsYearMonthDay() date: string;
  @Field({ description: 'Town or venue; for a web training, e.g. "Digitalt".' })
  @IsText(200)
  place: string;
  @Field({ nullable: true, description: 'ISO 3166 alpha-2, e.g. NO: required for a study visit, and not SE.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'country must be an ISO 3166 alpha-2 code in capitals, e.g. NO' })
  country?: string;
  @OptionalStringField(100, 'One of the `regions`, for a regional activity.') region?: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) expectedParticipants: number;
}

@InputType()
export class RescheduleProjectActivityInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) activityId: string;
  @Field() @IsYearMonthDay() date: string;
}

@InputType()
export class HoldProjectActivityInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) activityId: string;
  @OptionalDayField('Today if left out.') heldOn?: string;
  @Field({ description: 'What happened, in short.' }) @IsText(4000) summary: string;
}

@InputType()
export class ParticipatingOrganisationInput extends RoleCountsInput(5000) {
  @Field({ description: 'An agency code (FK, AV, …) or an employer’s organisation number, with or without the dash.' })
  @IsParticipantOrganisation()
  organisation: string;
}

@InputType()
export class NamedParticipantInput {
  @Field({ description: 'Kept in the erasable person directory, never in an event.' })
  @IsText(200)
  name: string;
  @Field() @IsText(200) organisation: string;
  @Field({ nullable: true, description: 'Kept in the erasable person directory.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

@InputType()
export class RecordProjectActivityParticipantsInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) activityId: string;
  @ListField(() => ParticipatingOrganisationInput, 500)
  organisations: ParticipatingOrganisationInput[];
  @ListField(() => NamedParticipantInput, 200, { defaultValue: [] })
  namedParticipants: NamedParticipantInput[];
  @OptionalStringField(2000, 'Why, when this corrects participants recorded before.') reason?: string;
}

@InputType()
export class CancelProjectActivityInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) activityId: string;
  @ReasonField('Why: cancelling is a decision.') reason: string;
}

@InputType()
export class EvaluateProjectActivityInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) activityId: string;
  @Field(() => Float, { description: 'The participants’ average on 1–10, with at most one decimal (e.g. 7.2).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasAtMostDecimals(1)
  @Min(1)
  @Max(10)
  scale: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) respondents: number;
  @OptionalStringField(2000, 'Why, when this corrects an evaluation reported before.') reason?: string;
}

@InputType()
export class ProjectActivityFilterInput {
  @OptionalEnumField(ActivityKindEnum, ACTIVITY_KINDS)
  kind?: keyof typeof ActivityKindEnum;
  @OptionalEnumField(ActivityStatusEnum, ACTIVITY_STATUSES)
  status?: keyof typeof ActivityStatusEnum;
  @Field(() => Int, { nullable: true, description: 'The year it was held, or is planned for.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class ProjectActivitiesArgs extends FilteredPageArgs(ProjectActivityFilterInput) {}
