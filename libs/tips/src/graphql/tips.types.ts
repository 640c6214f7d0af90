import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, SmallCountType } from '@samverkan/auth';
import { CommandPayloadType, ConnectionType } from '@samverkan/core';
import {
  DeficiencyEnum,
  DirectActionEnum,
  FunnelGroupingEnum,
  ImpulseStatusEnum,
  NoActionReasonEnum,
  TipOutcomeKindEnum,
  TipStatusEnum,
} from './tips.enums';

@ObjectType('Employer')
export class EmployerType {
  @Field({ description: 'NNNNNN-NNNN' }) organisationNumber: string;
  @Field() name: string;
}

@ObjectType('Industry')
export class IndustryType {
  @Field({ description: 'SNI 2007 code, e.g. 88.101.' }) code: string;
  @Field({ description: 'SNI section letter, A to U.' }) section: string;
  @Field({ description: 'The section’s Swedish name.' }) sectionName: string;
}

@ObjectType('PersonRef')
export class PersonRefType {
  @Field() id: string;
  @Field(() => String, { nullable: true, description: 'Null once the person is erased.' }) name: string | null;
}

@ObjectType('ImpulseDismissal')
export class ImpulseDismissalType {
  @Field() reason: string;
  @Field() dismissedOn: string;
}

/**
 * What an impulse and the tip compiled from it both concern: an employer, its region and its industry,
 * besides the entity's id and revision (ids here are strings, not the ID of EntityType).
 */
@ObjectType({ isAbstract: true })
abstract class EmployerConcernType {
  @Field() id: string;
  @Field(() => Int) revision: number;
  @Field(() => EmployerType) employer: EmployerType;
  @Field() region: string;
  @Field(() => IndustryType) industry: IndustryType;
}

@ObjectType('Impulse')
export class ImpulseType extends EmployerConcernType {
  @Field(() => ImpulseStatusEnum) status: keyof typeof ImpulseStatusEnum;
  @Field(() => DeficiencyEnum) deficiency: keyof typeof DeficiencyEnum;
  @Field() description: string;
  @Field({ description: 'The day of the contact the impulse comes from.' }) reportedOn: string;
  @Field(() => PersonRefType, { nullable: true }) reportedBy: PersonRefType | null;
  @Field(() => String, { nullable: true }) tipId: string | null;
  @Field(() => ImpulseDismissalType, { nullable: true }) dismissal: ImpulseDismissalType | null;
}

@ObjectType('TipOutcome')
export class TipOutcomeType {
  @Field(() => TipOutcomeKindEnum) kind: keyof typeof TipOutcomeKindEnum;
  @Field(() => DirectActionEnum, { nullable: true }) action: keyof typeof DirectActionEnum | null;
  @Field(() => NoActionReasonEnum, { nullable: true }) noActionReason: keyof typeof NoActionReasonEnum | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() decidedOn: string;
  @Field(() => PersonRefType, { nullable: true }) recordedBy: PersonRefType | null;
  @Field(() => GraphQLISODateTime) recordedAt: Date;
}

@ObjectType('Tip')
export class TipType extends EmployerConcernType {
  @Field(() => TipStatusEnum) status: keyof typeof TipStatusEnum;
  @Field() summary: string;
  @Field(() => [String]) impulseIds: string[];
  @Field(() => GraphQLISODateTime) compiledAt: Date;
  @Field(() => PersonRefType, { nullable: true }) compiledBy: PersonRefType | null;
  @Field(() => String, { nullable: true }) sentOn: string | null;
  @Field(() => String, { nullable: true }) receivedOn: string | null;
  @Field(() => String, { nullable: true }) avDiaryNumber: string | null;
  @Field(() => [TipOutcomeType], { description: 'What AV recorded, in order.' }) outcomes: TipOutcomeType[];
}

export const ImpulseConnection = ConnectionType(ImpulseType, 'Impulse');
export const TipConnection = ConnectionType(TipType, 'Tip');

export const ImpulsePayload = CommandPayloadType('ImpulsePayload', 'impulse', ImpulseType);
export type ImpulsePayload = InstanceType<typeof ImpulsePayload>;

export const TipPayload = CommandPayloadType('TipPayload', 'tip', TipType);
export type TipPayload = InstanceType<typeof TipPayload>;

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('NoActionReasonCount')
export class NoActionReasonCountType {
  @Field(() => NoActionReasonEnum) reason: keyof typeof NoActionReasonEnum;
  @Field() label: string;
  @Field(() => SmallCountType) count: SmallCountType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('FunnelFigures')
export class FunnelFiguresType {
  @Field(() => SmallCountType, { description: 'Impulses reported in the year.' }) impulses: SmallCountType;
  @Field(() => SmallCountType) dismissedImpulses: SmallCountType;
  @Field(() => SmallCountType, { description: 'Tips sent to AV in the year.' }) tips: SmallCountType;
  @Field(() => SmallCountType, { description: 'Tips that led to at least one direct action.' })
  directActions: SmallCountType;
  @Field(() => SmallCountType) indirectUses: SmallCountType;
  @Field(() => SmallCountType) noActions: SmallCountType;
  @Field(() => SmallCountType, { description: 'Sent tips with no outcome yet.' }) awaitingOutcome: SmallCountType;
  @Field(() => [NoActionReasonCountType]) noActionReasons: NoActionReasonCountType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('FunnelGroup')
export class FunnelGroupType {
  @Field({ description: 'Region name, SNI section letter or Q1..Q4.' }) key: string;
  @Field() label: string;
  @Field(() => FunnelFiguresType) figures: FunnelFiguresType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('TipFunnel')
export class TipFunnelType {
  @Field(() => Int) year: number;
  @Field(() => FunnelGroupingEnum) groupBy: keyof typeof FunnelGroupingEnum;
  @Field(() => FunnelFiguresType) total: FunnelFiguresType;
  @Field(() => [FunnelGroupType]) groups: FunnelGroupType[];
  @Field({ description: 'True when small counts were suppressed for the caller’s role.' }) suppressed: boolean;
}
