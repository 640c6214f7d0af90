import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CancelMeetingInput,
  CommandInput,
  FilteredPageArgs,
  IdField,
  IsText,
  IsYearMonthDay,
  NestedField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
  ReasonField,
} from '@samverkan/core';
import { ITEM_KINDS, REVIEW_VERDICTS } from '../domain';
import { ItemKindEnum, ItemStatusEnum, KnowledgeTermEnum, ReviewVerdictEnum } from './knowledge.enums';

const CODE = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}$/;
const CODE_MESSAGE = { message: '$property must be an organisation code in capitals, e.g. FHM' };

@InputType()
export class MemberOrganisationInput {
  @Field({ description: 'A short code in capitals, e.g. FHM.' }) @Matches(CODE, CODE_MESSAGE) code: string;
  @Field() @IsText(200) name: string;
}

@InputType()
export class FoundKnowledgeGroupInput extends CommandInput {
  @NestedField(() => MemberOrganisationInput) host: MemberOrganisationInput;
  @OptionalDayField() foundedOn?: string;
}

@InputType()
export class AdmitGroupMemberInput extends CommandInput {
  @NestedField(() => MemberOrganisationInput) member: MemberOrganisationInput;
  @OptionalDayField() joinedOn?: string;
}

@InputType()
export class RemoveGroupMemberInput extends CommandInput {
  @Field() @Matches(CODE, CODE_MESSAGE) code: string;
  @OptionalDayField() leftOn?: string;
  @ReasonField() reason: string;
}

@InputType()
export class PlanGroupMeetingInput extends CommandInput {
  @Field(() => KnowledgeTermEnum) @IsIn(['VT', 'HT']) term: 'VT' | 'HT';
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field() @IsYearMonthDay() date: string;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  agenda: string[];
}

@InputType()
export class HoldGroupMeetingInput extends CommandInput {
  @IdField() meetingId: string;
  @OptionalDayField() heldOn?: string;
  @Field(() => [String], { description: 'Member organisations present, by code.' })
  @ArrayMinSize(1)
  @Matches(CODE, { each: true, ...CODE_MESSAGE })
  present: string[];
}

@InputType()
export class CancelGroupMeetingInput extends CancelMeetingInput {}

@InputType()
export class ProposeKnowledgeItemInput extends CommandInput {
  @Field(() => ItemKindEnum) @IsIn(ITEM_KINDS) kind: keyof typeof ItemKindEnum;
  @Field() @IsText(300) title: string;
  @Field({ description: 'Who produced it, e.g. Folkhälsomyndigheten.' })
  @IsText(200)
  sourceOrganisation: string;
  @Field() @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }) @MaxLength(2000) link: string;
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  topics: string[];
  @OptionalDayField() proposedOn?: string;
}

@InputType()
export class ReviewKnowledgeItemInput extends CommandInput {
  @IdField() itemId: string;
  @IdField('The held group meeting where it was reviewed.') meetingId: string;
  @Field(() => ReviewVerdictEnum) @IsIn(REVIEW_VERDICTS) verdict: keyof typeof ReviewVerdictEnum;
  @Field() @IsText(4000) note: string;
  @ReasonField('Why: the review is a decision of the group.') reason: string;
}

@InputType()
export class PublishKnowledgeItemInput extends CommandInput {
  @IdField() itemId: string;
  @OptionalDayField() publishedOn?: string;
}

@InputType()
export class RetireKnowledgeItemInput extends CommandInput {
  @IdField() itemId: string;
  @OptionalDayField() retiredOn?: string;
  @ReasonField() reason: string;
}

@InputType()
export class RecordKnowledgePresentationInput extends CommandInput {
  @IdField() itemId: string;
  @IdField('The forum meeting (forums module) where it was presented.') forumMeetingId: string;
}

@InputType()
export class KnowledgeItemFilterInput {
  @OptionalStringField(100) topic?: string;
  @OptionalEnumField(ItemStatusEnum)
  status?: keyof typeof ItemStatusEnum;
  @OptionalStringField(200, 'The source organisation.') source?: string;
}

@ArgsType()
export class KnowledgeItemsArgs extends FilteredPageArgs(KnowledgeItemFilterInput) {}
