import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CommandInput, CommandPayload, IsCalendarDate } from '@samverkan/core';
import { EsfDecider } from './esf-report.types';

export enum EsfAmendmentChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(EsfAmendmentChange, { name: 'EsfAmendmentChange' });
export enum EsfReportSection {
  ACTIVITY = 'ACTIVITY',
  DECISION = 'DECISION',
}
registerEnumType(EsfReportSection, { name: 'EsfReportSection' });

@InputType()
export class SealEsfReportInput extends CommandInput {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) @IsCalendarDate() from: string;
  @Field({ description: 'Last day of the period, inclusive.' }) @IsCalendarDate() to: string;
  @Field({ description: 'Why: e.g. the ESF payment claim it goes with. Kept in the audit trail.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

@ObjectType({
  description:
    'A sealed ESF report: the fingerprint of its rows (names left out) and the integrity root at the position it covers.',
})
export class EsfSeal {
  @Field() sealId: string;
  @Field() from: string;
  @Field() to: string;
  @Field({ description: 'The store position the sealed report covers.' }) position: string;
  @Field() positionSpace: string;
  @Field({ description: "sha256 of the canonical JSON of the report's rows, without names." }) contentHash: string;
  @Field({ description: 'The root over every stream head at the position, as a digest computes it.' })
  integrityRoot: string;
  @Field(() => Int) streams: number;
  @Field(() => Int) activities: number;
  @Field(() => Int) decisions: number;
  @Field(() => Int, {
    description:
      "The rules the report was counted by: 1 by the envelope's stored time, decisions of the modules with activities; 2 by when each thing happened, with the plan's decisions. Amendments rebuild the sealed report by them.",
  })
  reportFormat: number;
  @Field({ description: "The seal's own event." }) eventId: string;
  @Field() sealPosition: string;
  @Field() sealedAt: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => EsfDecider) sealedBy: EsfDecider;
}

@ObjectType()
export class SealEsfReportPayload extends CommandPayload {
  @Field(() => EsfSeal, { nullable: true }) seal: EsfSeal | null;
}

@ArgsType()
export class EsfAmendmentsArgs {
  @Field({ description: "The seal's id (see esfSeals)." }) @IsString() @IsNotEmpty() @MaxLength(200) sealId: string;
}

@ObjectType()
export class EsfFieldChange {
  @Field({ description: 'e.g. participants.managers, organisations[232100-0131].hr, heldOn, sources.' }) field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType({
  description: 'An event recorded after the sealed position, with when it happened and when it was recorded.',
})
export class EsfCitedEvent {
  @Field() eventId: string;
  @Field() position: string;
  @Field() stream: string;
  @Field() type: string;
  @Field() summary: string;
  @Field({ description: 'When its fact happened in the world (the decision, the day the meeting was held), ISO time.' })
  occurredAt: string;
  @Field({ description: 'The Swedish calendar date of occurredAt.' }) occurredOn: string;
  @Field({ description: 'When the workspace stored it, ISO time.' }) recordedAt: string;
  @Field(() => Int, { description: 'Whole days from the day it happened to the day it was recorded.' })
  daysLate: number;
  @Field({ description: 'Recorded more than LATE_ENTRY_DAYS days (default 7) after it happened.' }) lateEntry: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'The event it corrects, for a correction.' }) corrects:
    string | null;
}

@ObjectType({ description: 'A row of the sealed report that differs now.' })
export class EsfAmendment {
  @Field(() => EsfReportSection) section: string;
  @Field(() => EsfAmendmentChange) change: string;
  @Field() stream: string;
  @Field({ description: "The activity id, or the decision's event id." }) id: string;
  @Field() date: string;
  @Field() title: string;
  @Field(() => [EsfFieldChange]) fields: EsfFieldChange[];
  @Field(() => [EsfCitedEvent]) causes: EsfCitedEvent[];
}

@ObjectType({ description: 'A sealed report against the same report now.' })
export class EsfReportAmendments {
  @Field(() => EsfSeal) seal: EsfSeal;
  @Field({ description: 'False means the trail up to the seal was altered: see contentHolds and rootHolds.' })
  holds: boolean;
  @Field({ description: 'The report recomputed as of the sealed position hashes to the sealed hash.' })
  contentHolds: boolean;
  @Field({ description: 'The integrity root at the sealed position is the sealed one.' }) rootHolds: boolean;
  @Field() recomputedHash: string;
  @Field() currentHash: string;
  @Field(() => String, { nullable: true, description: 'The store position the current report was read at.' }) position:
    string | null;
  @Field(() => [EsfAmendment]) amendments: EsfAmendment[];
  @Field(() => [EsfCitedEvent], {
    description:
      "Every event of the report's modules recorded after the seal whose fact happened inside the sealed period, whether or not it changed a row: backdating into a sealed period is never silent.",
  })
  recordedAfterSeal: EsfCitedEvent[];
}
