import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, CONTENT_READERS, RestrictedField } from '@samverkan/auth';
import { CommandPayloadType, ConnectionType, EntityType } from '@samverkan/core';
import {
  GroupMeetingStatusEnum,
  ItemKindEnum,
  ItemStatusEnum,
  KnowledgeTermEnum,
  ReviewVerdictEnum,
} from './knowledge.enums';

@ObjectType()
export class MembershipPeriodType {
  @Field() joinedOn: string;
  @Field(() => String, { nullable: true }) leftOn: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class GroupMemberType {
  @Field() code: string;
  @Field() name: string;
  @Field() active: boolean;
  @Field() host: boolean;
  @Field(() => [MembershipPeriodType], { description: 'Members over time: when it joined and left.' })
  periods: MembershipPeriodType[];
}

@ObjectType()
export class GroupMeetingType {
  @Field(() => ID) id: string;
  @Field(() => KnowledgeTermEnum) term: string;
  @Field(() => Int) year: number;
  @Field() date: string;
  @Field(() => [String]) agenda: string[];
  @Field(() => GroupMeetingStatusEnum) status: string;
  @Field(() => String, { nullable: true }) heldOn: string | null;
  @Field(() => [String]) present: string[];
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
}

@ObjectType()
export class GroupTermType {
  @Field(() => Int) year: number;
  @Field(() => KnowledgeTermEnum) term: string;
  @Field(() => Int) held: number;
  @Field(() => Int) expected: number;
}

@ObjectType('KnowledgeGroup')
export class KnowledgeGroupType {
  @Field() id: string;
  @Field() hostCode: string;
  @Field() foundedOn: string;
  @Field(() => [GroupMemberType]) members: GroupMemberType[];
  @Field(() => [GroupMeetingType], { description: 'In date order.' }) meetings: GroupMeetingType[];
  @Field(() => [GroupTermType], { description: 'Meetings held per term against the two expected.' })
  terms: GroupTermType[];
  @Field(() => Int) revision: number;
}

@ObjectType()
export class ItemReviewType {
  @Field() meetingId: string;
  @Field() reviewedOn: string;
  @Field(() => ReviewVerdictEnum) verdict: string;
  @Field() note: string;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class PresentationType {
  @Field() forumId: string;
  @Field(() => String, { nullable: true }) forumName: string | null;
  @Field() forumMeetingId: string;
  @Field(() => String, { nullable: true, description: 'Null for a role that may not read forum meetings.' })
  meetingTitle: string | null;
  @Field() presentedOn: string;
}

@ObjectType('KnowledgeItem')
export class KnowledgeItemType extends EntityType {
  @Field(() => ItemKindEnum) kind: string;
  @Field() title: string;
  @Field() sourceOrganisation: string;
  @Field() link: string;
  @Field(() => [String]) topics: string[];
  @Field() proposedBy: string;
  @Field() proposedOn: string;
  @Field(() => ItemStatusEnum) status: string;
  @Field(() => [ItemReviewType]) reviews: ItemReviewType[];
  @Field(() => String, { nullable: true }) publishedOn: string | null;
  @Field(() => String, { nullable: true }) retiredOn: string | null;
  @Field(() => String, { nullable: true }) retireReason: string | null;
  @Field(() => [PresentationType]) presentations: PresentationType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class KnowledgeReachType {
  @Field(() => ID, { description: 'The item counted: its id, not its content.' }) itemId: string;
  @Field(() => ItemKindEnum) kind: string;
  @RestrictedField(() => KnowledgeItemType, CONTENT_READERS, {
    description: 'The item itself: content, not for DASHBOARD.',
  })
  item: KnowledgeItemType;
  @Field(() => Int) forums: number;
  @Field(() => Int) meetings: number;
  @RestrictedField(() => [PresentationType], CONTENT_READERS, {
    description: 'Where it was presented, with forum names and meeting titles: not for DASHBOARD.',
  })
  presentations: PresentationType[];
}

export const KnowledgeGroupPayload = CommandPayloadType('KnowledgeGroupPayload', 'group', KnowledgeGroupType);
export type KnowledgeGroupPayload = InstanceType<typeof KnowledgeGroupPayload>;

export const KnowledgeItemPayload = CommandPayloadType('KnowledgeItemPayload', 'item', KnowledgeItemType);
export type KnowledgeItemPayload = InstanceType<typeof KnowledgeItemPayload>;

export const KnowledgeItemConnection = ConnectionType(KnowledgeItemType, 'KnowledgeItemConnection');
