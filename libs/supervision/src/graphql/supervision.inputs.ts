import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CommandInput, IsOrganisationNumber } from '@samverkan/core';
import { INSPECTION_LEVELS, SUPERVISION_SECTORS } from '../domain';
import { InspectionLevelEnum, SupervisionSectorEnum } from './supervision.enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date, YYYY-MM-DD' };
const ID = () => [IsString(), MinLength(1), MaxLength(100)];
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class PeriodInput {
  @Field() @Matches(DATE, DATE_MESSAGE) from: string;
  @Field() @Matches(DATE, DATE_MESSAGE) to: string;
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
  @Field() @IsString() @MinLength(1) @MaxLength(4000) summary: string;
}

@InputType()
export class PlanSupervisionCampaignInput extends CommandInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field({ description: 'e.g. work adaptation, home care.' }) @IsString() @MinLength(1) @MaxLength(1000) focus: string;
  @Field(() => PeriodInput) @ValidateNested() @Type(() => PeriodInput) period: PeriodInput;
  @Field(() => [YearSectorsInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => YearSectorsInput)
  sectorsByYear: YearSectorsInput[];
}

@InputType()
export class ChangeCampaignSectorsInput extends CommandInput {
  @Field() @apply(...ID()) campaignId: string;
  @Field(() => YearSectorsInput) @ValidateNested() @Type(() => YearSectorsInput) sectors: YearSectorsInput;
  @Field({ description: 'Why: a decision.' }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

@InputType()
export class LaunchSupervisionCampaignInput extends CommandInput {
  @Field() @apply(...ID()) campaignId: string;
  @Field({ nullable: true, description: 'Today if left out.' })
  @IsOptional()
  @Matches(DATE, DATE_MESSAGE)
  launchedOn?: string;
  @Field(() => CommunicationInput) @ValidateNested() @Type(() => CommunicationInput) communication: CommunicationInput;
}

@InputType()
export class ConcludeSupervisionCampaignInput extends CommandInput {
  @Field() @apply(...ID()) campaignId: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE, DATE_MESSAGE) concludedOn?: string;
  @Field(() => CommunicationInput) @ValidateNested() @Type(() => CommunicationInput) communication: CommunicationInput;
}

@InputType()
export class EvaluateSupervisionCampaignInput extends CommandInput {
  @Field() @apply(...ID()) campaignId: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE, DATE_MESSAGE) evaluatedOn?: string;
  @Field() @IsString() @MinLength(1) @MaxLength(8000) summary: string;
}

@InputType()
export class PrincipalInput {
  @Field({ description: '10 digits, with or without the dash.' }) @IsOrganisationNumber() organisationNumber: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) name: string;
}

@InputType()
export class RecordInspectionInput extends CommandInput {
  @Field() @apply(...ID()) campaignId: string;
  @Field(() => InspectionLevelEnum) @IsIn(INSPECTION_LEVELS) level: keyof typeof InspectionLevelEnum;
  @Field(() => PrincipalInput) @ValidateNested() @Type(() => PrincipalInput) principal: PrincipalInput;
  @Field({ nullable: true, description: 'The workplace inspected; required at workplace level.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  workplace?: string;
  @Field(() => SupervisionSectorEnum) @IsIn(SUPERVISION_SECTORS) sector: keyof typeof SupervisionSectorEnum;
  @Field({ description: 'One of the `regions`.' }) @IsString() @MaxLength(100) region: string;
  @Field() @Matches(DATE, DATE_MESSAGE) inspectedOn: string;
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
  @apply(...ID())
  basedOnInspectionId?: string;
}

@InputType()
export class RecordFkParticipationInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field(() => [String], { defaultValue: [], description: 'Other FK participants by name (you are one).' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  otherParticipants: string[];
  @Field({ description: 'What FK informed about, e.g. support to prevent sick leave.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  informedAbout: string;
}

@InputType()
export class FindingInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) area: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) description: string;
  @Field({ description: 'A system deficiency (systembrist) in the principal’s way of working.' })
  @IsBoolean()
  systemDeficiency: boolean;
}

@InputType()
export class RecordInspectionFindingsInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field(() => [FindingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingInput)
  findings: FindingInput[];
}

@InputType()
export class IssueInspectionRequirementInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) description: string;
  @Field() @Matches(DATE, DATE_MESSAGE) dueDate: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE, DATE_MESSAGE) issuedOn?: string;
}

@InputType()
export class RecordInspectionFollowUpInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE, DATE_MESSAGE) followedUpOn?: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) note: string;
  @Field() @IsBoolean() requirementsMet: boolean;
}

@InputType()
export class CloseInspectionInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE, DATE_MESSAGE) closedOn?: string;
}

@InputType()
export class CarryOverInspectionInput extends CommandInput {
  @Field() @apply(...ID()) inspectionId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}
