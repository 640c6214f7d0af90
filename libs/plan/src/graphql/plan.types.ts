import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommandPayloadType, ConnectionType, enumFrom } from '@samverkan/core';
import { ACTIVITY_AREAS, ACTIVITY_OWNERS, ACTIVITY_STATUSES, PLAN_STATUSES } from '../domain';

export const ActivityAreaEnum = enumFrom(ACTIVITY_AREAS);
export const ActivityOwnerEnum = enumFrom(ACTIVITY_OWNERS);
export const ActivityStatusEnum = enumFrom(ACTIVITY_STATUSES);
export const PlanStatusEnum = enumFrom(PLAN_STATUSES);
registerEnumType(ActivityAreaEnum, { name: 'ActivityArea' });
registerEnumType(ActivityOwnerEnum, { name: 'ActivityOwner', description: 'FK, AV or both jointly.' });
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus' });
registerEnumType(PlanStatusEnum, { name: 'PlanStatus' });

@ObjectType()
export class DiaryNumbersType {
  @Field(() => String, { nullable: true, description: 'Arbetsmiljöverket, e.g. 2025/005661' }) av?: string | null;
  @Field(() => String, { nullable: true, description: 'Försäkringskassan, e.g. 2025/002400' }) fk?: string | null;
}

@ObjectType()
export class ProgressEntryType {
  @Field(() => ActivityStatusEnum) status: string;
  @Field() note: string;
  @Field(() => GraphQLISODateTime) recordedAt: Date;
}

@ObjectType('PlanActivity')
export class PlanActivityType {
  @Field() activityId: string;
  @Field() title: string;
  @Field(() => ActivityAreaEnum) area: string;
  @Field(() => ActivityOwnerEnum) owner: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) dueDate: string;
  @Field(() => [String]) indicators: string[];
  @Field(() => ActivityStatusEnum) status: string;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => [ProgressEntryType]) progress: ProgressEntryType[];
  @Field(() => String, { nullable: true, description: 'The decision that added it after adoption.' }) addedByDecision:
    string | null;
}

@ObjectType()
export class DecisionMemberType {
  @Field() personId: string;
  @Field(() => String, { nullable: true, description: 'Null when unknown, "raderad" after a GDPR erasure.' }) name:
    string | null;
  @Field() organisation: string;
}

@ObjectType('SteeringGroupDecision')
export class SteeringGroupDecisionType {
  @Field() decisionId: string;
  @Field(() => GraphQLISODateTime) decidedAt: Date;
  @Field(() => [DecisionMemberType]) decidedBy: DecisionMemberType[];
  @Field() what: string;
  @Field() minutesReference: string;
  @Field({ description: 'The event that recorded it, e.g. PlanAdopted.' }) recordedAs: string;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class IndicatorResultType {
  @Field() activityId: string;
  @Field() indicator: string;
  @Field() result: string;
}

@ObjectType()
export class PlanFollowUpType {
  @Field() decisionId: string;
  @Field() summary: string;
  @Field(() => [IndicatorResultType]) indicatorResults: IndicatorResultType[];
}

@ObjectType('CollaborationPlan', {
  description: 'The annual plan for active collaboration (plan för aktiv samverkan).',
})
export class CollaborationPlanType {
  @Field(() => Int) year: number;
  @Field() stream: string;
  @Field(() => Int) revision: number;
  @Field() title: string;
  @Field(() => DiaryNumbersType) diaryNumbers: DiaryNumbersType;
  @Field(() => PlanStatusEnum) status: string;
  @Field(() => [PlanActivityType]) activities: PlanActivityType[];
  @Field(() => [SteeringGroupDecisionType]) decisions: SteeringGroupDecisionType[];
  @Field(() => [PlanFollowUpType]) followUps: PlanFollowUpType[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

export const CollaborationPlanConnection = ConnectionType(CollaborationPlanType, 'CollaborationPlan');

export const CollaborationPlanPayload = CommandPayloadType('CollaborationPlanPayload', 'plan', CollaborationPlanType);
export type CollaborationPlanPayload = InstanceType<typeof CollaborationPlanPayload>;
