import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CommandInput, CommandPayloadType, RoleCountsType } from '@samverkan/core';
import { MONTH } from '../participants/months';
import { EsfDecider, EsfNamedPerson, EsfParticipants } from './esf-report.types';

export enum ParticipantMonthStatus {
  UNREPORTED = 'UNREPORTED',
  REPORTED = 'REPORTED',
  NEEDS_REREPORT = 'NEEDS_REREPORT',
}
registerEnumType(ParticipantMonthStatus, {
  name: 'ParticipantMonthStatus',
  description:
    "NEEDS_REREPORT: the month's rows changed since it was reported, or a month before it changed or was reported again.",
});
export enum RereportCause {
  CHANGED = 'CHANGED',
  EARLIER_MONTH = 'EARLIER_MONTH',
}
registerEnumType(RereportCause, { name: 'RereportCause' });
export enum ParticipantLineKind {
  ORGANISATION = 'ORGANISATION',
  NAMED = 'NAMED',
  TOTAL = 'TOTAL',
}
registerEnumType(ParticipantLineKind, { name: 'ParticipantLineKind' });

const MONTH_MESSAGE = { message: '$property must be a month written YYYY-MM' };

@InputType()
export class ReportParticipantMonthInput extends CommandInput {
  @Field({ description: 'The month, YYYY-MM: over, and every month before it (from 2024-05) reported and up to date.' })
  @Matches(MONTH, MONTH_MESSAGE)
  month: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. what a re-report corrects. Kept in the audit trail.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;
}

@ArgsType()
export class ParticipantMonthsArgs {
  @Field({ description: 'First month, YYYY-MM (not before 2024-05).' }) @Matches(MONTH, MONTH_MESSAGE) from: string;
  @Field({ description: 'Last month, YYYY-MM (not after 2027-04).' }) @Matches(MONTH, MONTH_MESSAGE) to: string;
}

@ArgsType()
export class ParticipantMonthArgs {
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH, MONTH_MESSAGE) month: string;
}

@ObjectType({ description: "A month's latest report to ESF+." })
export class ParticipantMonthReport {
  @Field() eventId: string;
  @Field({ description: 'Where the report itself is stored.' }) position: string;
  @Field({ description: 'The store position the reported rows were read at.' }) coveredPosition: string;
  @Field() contentHash: string;
  @Field(() => Int) activities: number;
  @Field(() => Int) participants: number;
  @Field(() => Int, { description: 'How many times the month has been reported.' }) reports: number;
  @Field(() => String, { nullable: true, description: 'The report of the month before that this one follows.' })
  follows: string | null;
  @Field(() => String, { nullable: true }) reportedAt: string | null;
  @Field(() => EsfDecider, { nullable: true }) reportedBy: EsfDecider | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType({ description: 'A calendar month of participants (Stockholm dates), as the trail stands now.' })
export class ParticipantMonth {
  @Field() month: string;
  @Field(() => ParticipantMonthStatus) status: string;
  @Field(() => RereportCause, { nullable: true }) because: string | null;
  @Field({ description: 'The month is over and may be reported.' }) ended: boolean;
  @Field({ description: "sha256 of the month's rows now (names left out)." }) contentHash: string;
  @Field(() => Int) activities: number;
  @Field(() => EsfParticipants) participants: EsfParticipants;
  @Field(() => ParticipantMonthReport, { nullable: true }) report: ParticipantMonthReport | null;
}

@ObjectType({
  description:
    "An organisation at an activity with its counts by role, its named people counted, or the month's total.",
})
export class ParticipantLine extends RoleCountsType {
  @Field(() => ParticipantLineKind) line: string;
  @Field() date: string;
  @Field() deliverable: string;
  @Field() activityId: string;
  @Field() stream: string;
  @Field() title: string;
  @Field() format: string;
  @Field() organiser: string;
  @Field() organisation: string;
  @Field(() => String, { nullable: true }) organisationName: string | null;
  @Field({ description: 'False where the trail records presence, not head counts.' }) countRecorded: boolean;
  @Field(() => Int) named: number;
  @Field(() => Int) total: number;
  @Field(() => [String]) sources: string[];
}

@ObjectType({ description: 'A named guest or speaker at an activity of the month; "raderad" after erasure.' })
export class ParticipantMonthPerson extends EsfNamedPerson {
  @Field() activityId: string;
}

@ObjectType()
export class ParticipantMonthDetail extends ParticipantMonth {
  @Field(() => String, { nullable: true, description: 'The store position the rows were read at.' }) position:
    string | null;
  @Field(() => [ParticipantLine]) lines: ParticipantLine[];
  @Field(() => [ParticipantMonthPerson]) namedPeople: ParticipantMonthPerson[];
}

export const ReportParticipantMonthPayload = CommandPayloadType(
  'ReportParticipantMonthPayload',
  'month',
  ParticipantMonth,
);
export type ReportParticipantMonthPayload = InstanceType<typeof ReportParticipantMonthPayload>;
