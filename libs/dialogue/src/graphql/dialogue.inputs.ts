import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

import { ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  CancelMeetingInput,
  CommandInput,
  FilteredPageArgs,
  IdField,
  IsOrganisationNumber,
  IsText,
  IsYearMonthDay,
  ListField,
  NonEmptyListField,
  NestedField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
  OrganisationInput,
  ReasonField,
} from '@samverkan/core';
import { AGENCIES, DIALOGUE_AUDIENCES, DIALOGUE_KINDS, SELECTION_CRITERIA } from '../domain';
import {
  AgencyEnum,
  DialogueAudienceEnum,
  DialogueKindEnum,
  DialogueMeetingStatusEnum,
  SelectionCriterionEnum,
} from './dialogue.enums';

@InputType()
export class CriterionInput {
  @Field(() => SelectionCriterionEnum) @IsIn(SELECTION_CRITERIA) criterion: keyof typeof SelectionCriterionEnum;
  @Field({ description: 'e.g. "ohälsotal 14,2 dagar".' }) @IsText(200) value: string;
  @Field() @IsText(2000) rationale: string;
}

@InputType()
export class DialogueEmployerInput extends OrganisationInput {}

@InputType()
export class SelectEmployerInput extends CommandInput {
  @Field({ description: 'The regional collaboration area: one of the `regions`.' })
  @IsString()
  @MaxLength(100)
  area: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @NestedField(() => DialogueEmployerInput) employer: DialogueEmployerInput;
  @NonEmptyListField(() => CriterionInput, 3)
  criteria: CriterionInput[];
  @ReasonField('Why: the selection is a decision.') reason: string;
}

@InputType()
export class DeselectEmployerInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) area: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field() @IsOrganisationNumber() organisationNumber: string;
  @ReasonField() reason: string;
}

@InputType()
export class DialogueTopicInput {
  @Field() @IsText(500) title: string;
  @OptionalStringField(100, 'An earlier joint supervision inspection of one of the employers.')
  citedInspectionId?: string;
}

@InputType()
export class PlanDialogueMeetingInput extends CommandInput {
  @Field() @IsString() @MaxLength(100) area: string;
  @Field(() => DialogueKindEnum) @IsIn(DIALOGUE_KINDS) kind: keyof typeof DialogueKindEnum;
  @NonEmptyListField(() => DialogueEmployerInput, 50)
  employers: DialogueEmployerInput[];
  @Field() @IsYearMonthDay() plannedOn: string;
  @Field(() => [DialogueAudienceEnum])
  @ArrayMinSize(1)
  @IsIn(DIALOGUE_AUDIENCES, { each: true })
  audiences: (keyof typeof DialogueAudienceEnum)[];
  @ListField(() => DialogueTopicInput, 20, { defaultValue: [] })
  topics: DialogueTopicInput[];
}

@InputType()
export class DialogueParticipantInput {
  @Field({ description: 'Kept in the erasable person directory.' })
  @IsText(200)
  name: string;
  @Field(() => AgencyEnum) @IsIn(AGENCIES) agency: keyof typeof AgencyEnum;
}

@InputType()
export class RecordDialogueParticipantsInput extends CommandInput {
  @IdField() meetingId: string;
  @Field({ defaultValue: true, description: 'You take part yourself (for your agency).' })
  @IsBoolean()
  includeMe: boolean;
  @ListField(() => DialogueParticipantInput, 30, { defaultValue: [] })
  others: DialogueParticipantInput[];
}

@InputType()
export class HoldDialogueMeetingInput extends CommandInput {
  @IdField() meetingId: string;
  @OptionalDayField() heldOn?: string;
  @Field(() => Int, { description: 'HR staff and managers of the employers who came.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  employerParticipants: number;
}

@InputType()
export class CancelDialogueMeetingInput extends CancelMeetingInput {}

@InputType()
export class DialogueOutcomeInput {
  @Field() @IsText(4000) description: string;
  @OptionalDayField() followUpBy?: string;
}

@InputType()
export class RecordDialogueOutcomesInput extends CommandInput {
  @IdField() meetingId: string;
  @NonEmptyListField(() => DialogueOutcomeInput, 30)
  outcomes: DialogueOutcomeInput[];
  @OptionalDayField() recordedOn?: string;
}

@InputType()
export class RecordDialogueFollowUpInput extends CommandInput {
  @IdField() meetingId: string;
  @IdField() outcomeId: string;
  @OptionalDayField() followedUpOn?: string;
  @Field() @IsText(4000) note: string;
  @Field() @IsBoolean() done: boolean;
}

@InputType()
export class DialogueMeetingFilterInput {
  @OptionalStringField(100) area?: string;
  @OptionalEnumField(DialogueMeetingStatusEnum)
  status?: keyof typeof DialogueMeetingStatusEnum;
  @Field({ nullable: true, description: 'An employer’s organisation number.' })
  @IsOptional()
  @IsOrganisationNumber()
  employer?: string;
  @OptionalDayField() from?: string;
  @OptionalDayField() to?: string;
}

@ArgsType()
export class DialogueMeetingsArgs extends FilteredPageArgs(DialogueMeetingFilterInput) {}
