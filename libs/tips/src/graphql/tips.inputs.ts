import { ArgsType, Field, InputType } from '@nestjs/graphql';

import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CommandInput,
  FilteredPageArgs,
  IsOrganisationNumber,
  IsSniCode,
  IsText,
  NestedField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
} from '@samverkan/core';
import { DEFICIENCIES, DIRECT_ACTIONS, NO_ACTION_REASONS } from '../domain';
import {
  DeficiencyEnum,
  DirectActionEnum,
  ImpulseStatusEnum,
  NoActionReasonEnum,
  TipOutcomeKindEnum,
  TipStatusEnum,
} from './tips.enums';

@InputType()
export class EmployerInput {
  @Field({ description: '10 digits, with or without the dash.' })
  @IsOrganisationNumber()
  organisationNumber: string;

  @Field()
  @IsText(200)
  name: string;
}

@InputType()
export class ReportImpulseInput extends CommandInput {
  @NestedField(() => EmployerInput) employer: EmployerInput;

  @Field({ description: 'One of the `regions`.' })
  @IsString()
  @MaxLength(100)
  region: string;

  @Field({ description: 'SNI 2007 code, e.g. 88.101 or 88101.' })
  @IsSniCode()
  industry: string;

  @Field(() => DeficiencyEnum)
  @IsIn(DEFICIENCIES)
  deficiency: keyof typeof DeficiencyEnum;

  @Field({ description: 'About the employer. Text with a personal identity number is refused.' })
  @IsText(4000)
  description: string;

  @OptionalDayField('The day of the contact; today if left out.') reportedOn?: string;
}

@InputType()
export class DismissImpulseInput extends CommandInput {
  @Field() @IsUUID() impulseId: string;

  @Field({ description: 'Why the impulse leads to no tip.' })
  @IsString()
  @MaxLength(2000)
  reason: string;

  @OptionalDayField() dismissedOn?: string;
}

@InputType()
export class CompileTipInput extends CommandInput {
  @Field(() => [String], { description: 'Open impulses about one employer.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  impulseIds: string[];

  @Field({ description: 'What AV should know, in a few lines.' })
  @IsString()
  @MaxLength(4000)
  summary: string;
}

@InputType()
export class TipImpulseInput extends CommandInput {
  @Field() @IsUUID() tipId: string;
  @Field() @IsUUID() impulseId: string;
}

@InputType()
export class SendTipInput extends CommandInput {
  @Field() @IsUUID() tipId: string;
  @OptionalDayField() sentOn?: string;
}

@InputType()
export class RecordTipReceiptInput extends CommandInput {
  @Field() @IsUUID() tipId: string;
  @OptionalDayField() receivedOn?: string;
  @OptionalStringField(50, 'AV’s diary number.') avDiaryNumber?: string;
}

@InputType()
export class RecordTipOutcomeInput extends CommandInput {
  @Field() @IsUUID() tipId: string;

  @Field(() => TipOutcomeKindEnum)
  @IsIn(Object.keys(TipOutcomeKindEnum))
  outcome: keyof typeof TipOutcomeKindEnum;

  @OptionalEnumField(DirectActionEnum, DIRECT_ACTIONS, { description: 'Required for DIRECT_ACTION.' })
  action?: keyof typeof DirectActionEnum;

  @OptionalEnumField(NoActionReasonEnum, NO_ACTION_REASONS, { description: 'Required for NO_ACTION.' })
  noActionReason?: keyof typeof NoActionReasonEnum;

  @OptionalStringField(2000, 'Required for NO_ACTION: why no action.') reason?: string;

  @OptionalStringField(2000) note?: string;

  @OptionalDayField() decidedOn?: string;
}

/** What impulses and tips are both listed by: the employer's region, industry and organisation number. */
@InputType({ isAbstract: true })
export abstract class EmployerFilterInput {
  @OptionalStringField(100) region?: string;

  @Field({ nullable: true, description: 'An SNI section letter (Q) or code (88, 88.101).' })
  @IsOptional()
  @Matches(/^([A-U]|\d{2}(\.\d{1,3})?)$/, { message: '$property must be an SNI section letter or code' })
  industry?: string;

  @Field({ nullable: true }) @IsOptional() @IsOrganisationNumber() organisationNumber?: string;
}

@InputType()
export class ImpulseFilterInput extends EmployerFilterInput {
  @OptionalEnumField(ImpulseStatusEnum, Object.keys(ImpulseStatusEnum))
  status?: keyof typeof ImpulseStatusEnum;

  @OptionalDayField() from?: string;
  @OptionalDayField() to?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() tipId?: string;
}

@InputType()
export class TipFilterInput extends EmployerFilterInput {
  @OptionalEnumField(TipStatusEnum, Object.keys(TipStatusEnum))
  status?: keyof typeof TipStatusEnum;

  @OptionalDayField('Sent on or after.') from?: string;
  @OptionalDayField('Sent on or before.') to?: string;
}

@ArgsType()
export class ImpulsesArgs extends FilteredPageArgs(ImpulseFilterInput) {}

@ArgsType()
export class TipsArgs extends FilteredPageArgs(TipFilterInput) {}
