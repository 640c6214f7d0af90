import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CommandInput, IsListOf, ListField, NestedField, OptionalEnumField, ORGANISATIONS } from '@samverkan/core';
import { ACTIVITY_AREAS, ACTIVITY_OWNERS } from '../domain';
import { ActivityAreaEnum, ActivityOwnerEnum } from './plan.types';

const Text = (max = 500) => [IsString(), IsNotEmpty(), MaxLength(max)];
const apply =
  (...decorators: PropertyDecorator[]) =>
  (target: object, key: string | symbol) =>
    decorators.forEach((d) => d(target, key));
const DateOnly = () =>
  apply(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );

@InputType({ isAbstract: true })
export abstract class PlanYearInput extends CommandInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@InputType()
export class PlanRefInput extends PlanYearInput {}

@InputType()
export class DraftCollaborationPlanInput extends PlanYearInput {
  @Field() @apply(...Text(200)) title: string;
  @Field({ nullable: true, description: 'AV diary number, e.g. 2025/005661' })
  @IsOptional()
  @apply(...Text(50))
  diaryNumberAv?: string;
  @Field({ nullable: true, description: 'FK diary number, e.g. 2025/002400' })
  @IsOptional()
  @apply(...Text(50))
  diaryNumberFk?: string;
}

@InputType()
export class PlanActivityInput {
  @Field({ nullable: true, description: 'Your own id for the activity; one is made up when absent.' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'activityId may hold letters, digits, . _ - (at most 64)' })
  activityId?: string;
  @Field() @apply(...Text(300)) title: string;
  @Field(() => ActivityAreaEnum) @IsIn(ACTIVITY_AREAS) area: (typeof ACTIVITY_AREAS)[number];
  @Field(() => ActivityOwnerEnum) @IsIn(ACTIVITY_OWNERS) owner: (typeof ACTIVITY_OWNERS)[number];
  @Field({ nullable: true }) @IsOptional() @apply(...Text(100)) region?: string;
  @Field({ description: 'YYYY-MM-DD' }) @DateOnly() dueDate: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  indicators: string[] = [];
}

@InputType()
export class ActivityChangesInput {
  @Field({ nullable: true }) @IsOptional() @apply(...Text(300)) title?: string;
  @OptionalEnumField(ActivityAreaEnum, ACTIVITY_AREAS)
  area?: (typeof ACTIVITY_AREAS)[number];
  @OptionalEnumField(ActivityOwnerEnum, ACTIVITY_OWNERS)
  owner?: (typeof ACTIVITY_OWNERS)[number];
  @Field({ nullable: true }) @IsOptional() @apply(...Text(100)) region?: string;
  @Field({ nullable: true, description: 'Removes the region when true.' }) @IsOptional() clearRegion?: boolean;
  @Field({ nullable: true }) @IsOptional() @DateOnly() dueDate?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  indicators?: string[];
}

@InputType()
export class AddPlanActivityInput extends PlanYearInput {
  @NestedField(() => PlanActivityInput) activity: PlanActivityInput;
}

@InputType()
export class PlanActivityRefInput extends PlanYearInput {
  @Field() @apply(...Text(64)) activityId: string;
}

@InputType()
export class ChangePlanActivityInput extends PlanActivityRefInput {
  @NestedField(() => ActivityChangesInput) changes: ActivityChangesInput;
}

@InputType()
export class RecordActivityProgressInput extends PlanActivityRefInput {
  @Field(() => String, { description: 'IN_PROGRESS or DONE' }) @IsIn(['IN_PROGRESS', 'DONE']) status:
    'IN_PROGRESS' | 'DONE';
  @Field() @apply(...Text(2000)) note: string;
}

@InputType()
export class DecisionMemberInput {
  @Field({ description: 'Personal data: kept in the erasable person directory, not in events.' })
  @apply(...Text(200))
  name: string;
  @Field() @IsIn(ORGANISATIONS) organisation: string;
}

@InputType({ description: 'A steering group decision as its minutes record it.' })
export class SteeringGroupDecisionInput {
  @Field({ description: 'The steering group reference, e.g. SG-2025-03.' }) @apply(...Text(64)) decisionId: string;
  @Field(() => GraphQLISODateTime) @IsDate() decidedAt: Date;
  @ListField(() => DecisionMemberInput, 50)
  @IsArray()
  @ArrayMinSize(1)
  decidedBy: DecisionMemberInput[];
  @Field() @apply(...Text(2000)) what: string;
  @Field() @apply(...Text(200)) minutesReference: string;
}

@InputType()
export class PlanDecisionInput extends PlanYearInput {
  @NestedField(() => SteeringGroupDecisionInput) decision: SteeringGroupDecisionInput;
  @Field({ description: 'Why: required for every decision.' }) @apply(...Text(2000)) reason: string;
}

@InputType()
export class ChangePlanActivityRefInput {
  @Field() @apply(...Text(64)) activityId: string;
  @NestedField(() => ActivityChangesInput) changes: ActivityChangesInput;
}

@InputType()
export class AmendCollaborationPlanInput extends PlanDecisionInput {
  @NestedField(() => PlanActivityInput, { nullable: true })
  @IsOptional()
  addActivity?: PlanActivityInput;
  @NestedField(() => ChangePlanActivityRefInput, { nullable: true })
  @IsOptional()
  changeActivity?: ChangePlanActivityRefInput;
  @Field({ nullable: true }) @IsOptional() @apply(...Text(64)) cancelActivityId?: string;
}

@InputType()
export class IndicatorResultInput {
  @Field() @apply(...Text(64)) activityId: string;
  @Field() @apply(...Text(200)) indicator: string;
  @Field() @apply(...Text(2000)) result: string;
}

@InputType()
export class FollowUpCollaborationPlanInput extends PlanDecisionInput {
  @Field() @apply(...Text(4000)) summary: string;
  @Field(() => [IndicatorResultInput], { defaultValue: [] })
  @IsArray()
  @IsListOf(() => IndicatorResultInput, 200)
  indicatorResults: IndicatorResultInput[] = [];
}
