import { Field, InputType, Int } from '@nestjs/graphql';

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CommandInput,
  IsText,
  IsYearMonthDay,
  NonEmptyListField,
  NestedField,
  OptionalDayField,
  OptionalStringField,
  OrganisationInput,
  ReasonField,
} from '@samverkan/core';
import { INSPECTION_LEVELS, SUPERVISION_SECTORS } from '../domain';
import { InspectionLevelEnum, SupervisionSectorEnum } from './supervision.enums';

@InputType()
export class PeriodInput {
  @Field() @IsYearMonthDay() from: string;
  @Field() @IsYearMonthDay() to: string;
}

@InputType()
export class YearSectorsInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => [SupervisionSectorEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsIn(SUPERVISION_SECTORS, { each: true })
  sectors: (keyof typeof SupervisionSectorEnum)[];
  @Field({ defaultValue: false, description: 'A preliminary plan; changing any year’s sectors is a decision.' })
  @IsBoolean()
  preliminary: boolean;
}

@InputType()
export class CommunicationInput {
  @Field(() => [String], { description: 'e.g. "partnerråd", "fackliga nätverk", "berörda arbetsgivare".' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  audiences: string[];
  @Field() @IsText(4000) summary: string;
}

@InputType()
export class PlanSupervisionCampaignInput extends CommandInput {
  @Field() @IsText(200) name: string;
  @Field({ description: 'e.g. work adaptation, home care.' }) @IsText(1000) focus: string;
  @NestedField(() => PeriodInput) period: PeriodInput;
  @NonEmptyListField(() => YearSectorsInput, 10)
  sectorsByYear: YearSectorsInput[];
}

@InputType()
export class ChangeCampaignSectorsInput extends CommandInput {
  @Field() @IsText(100) campaignId: string;
  @NestedField(() => YearSectorsInput) sectors: YearSectorsInput;
  @ReasonField('Why: a decision.') reason: string;
}

@InputType()
export class LaunchSupervisionCampaignInput extends CommandInput {
  @Field() @IsText(100) campaignId: string;
  @OptionalDayField('Today if left out.') launchedOn?: string;
  @NestedField(() => CommunicationInput) communication: CommunicationInput;
}

@InputType()
export class ConcludeSupervisionCampaignInput extends CommandInput {
  @Field() @IsText(100) campaignId: string;
  @OptionalDayField() concludedOn?: string;
  @NestedField(() => CommunicationInput) communication: CommunicationInput;
}

@InputType()
export class EvaluateSupervisionCampaignInput extends CommandInput {
  @Field() @IsText(100) campaignId: string;
  @OptionalDayField() evaluatedOn?: string;
  @Field() @IsText(8000) summary: string;
}

@InputType()
export class PrincipalInput extends OrganisationInput {}

@InputType()
export class RecordInspectionInput extends CommandInput {
  @Field() @IsText(100) campaignId: string;
  @Field(() => InspectionLevelEnum) @IsIn(INSPECTION_LEVELS) level: keyof typeof InspectionLevelEnum;
  @NestedField(() => PrincipalInput) principal: PrincipalInput;
  @OptionalStringField(300, 'The workplace inspected; required at workplace level.') workplace?: string;
  @Field(() => SupervisionSectorEnum) @IsIn(SUPERVISION_SECTORS) sector: keyof typeof SupervisionSectorEnum;
  @Field({ description: 'One of the `regions`.' }) @IsString() @MaxLength(100) region: string;
  @Field() @IsYearMonthDay() inspectedOn: string;
  @Field(() => [String], {
    defaultValue: [],
    description: 'Other inspectors by name (you are one); kept in the person directory.',
  })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  otherInspectors: string[];
  @Field({
    nullable: true,
    description: 'Principal level: the earlier workplace inspection that found system deficiencies.',
  })
  @IsOptional()
  @IsText(100)
  basedOnInspectionId?: string;
}

@InputType()
export class RecordFkParticipationInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @Field(() => [String], { defaultValue: [], description: 'Other FK participants by name (you are one).' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  otherParticipants: string[];
  @Field({ description: 'What FK informed about, e.g. support to prevent sick leave.' })
  @IsText(2000)
  informedAbout: string;
}

@InputType()
export class FindingInput {
  @Field() @IsText(200) area: string;
  @Field() @IsText(4000) description: string;
  @Field({ description: 'A system deficiency (systembrist) in the principal’s way of working.' })
  @IsBoolean()
  systemDeficiency: boolean;
}

@InputType()
export class RecordInspectionFindingsInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @NonEmptyListField(() => FindingInput, 50)
  findings: FindingInput[];
}

@InputType()
export class IssueInspectionRequirementInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @Field() @IsText(4000) description: string;
  @Field() @IsYearMonthDay() dueDate: string;
  @OptionalDayField() issuedOn?: string;
}

@InputType()
export class RecordInspectionFollowUpInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @OptionalDayField() followedUpOn?: string;
  @Field() @IsText(4000) note: string;
  @Field() @IsBoolean() requirementsMet: boolean;
}

@InputType()
export class CloseInspectionInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @OptionalDayField() closedOn?: string;
}

@InputType()
export class CarryOverInspectionInput extends CommandInput {
  @Field() @IsText(100) inspectionId: string;
  @ReasonField() reason: string;
}
