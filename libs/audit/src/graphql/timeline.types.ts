import { ArgsType, Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType, FilteredPageArgs, IsNested, PageArgs } from '@samverkan/core';

export enum EventKindFilter {
  decision = 'decision',
  action = 'action',
}
registerEnumType(EventKindFilter, {
  name: 'EventKind',
  description: 'Whether an event records a decision or an action.',
});

@ObjectType({ description: 'Who acted. The name is null when unknown and "raderad" after a GDPR erasure.' })
export class TimelineActor {
  @Field() id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() organisation: string;
  @Field() role: string;
}

@ObjectType({ description: 'A link between a corrected event and the event that corrects it.' })
export class CorrectionLinkType {
  @Field({ description: 'The other event of the pair.' }) eventId: string;
  @Field() position: string;
  @Field(() => String, {
    nullable: true,
    description: "Why the correction was made; null where the reader may not read the module's content.",
  })
  reason: string | null;
}

@ObjectType({ description: 'One event in the audit timeline: who did what, when and why.' })
export class TimelineEntry {
  @Field({ description: 'Position in the store: the total order of all events.' }) position: string;
  @Field() eventId: string;
  @Field() stream: string;
  @Field() module: string;
  @Field(() => Int) revision: number;
  @Field() type: string;
  @Field(() => EventKindFilter, { nullable: true }) kind: EventKindFilter | null;
  @Field(() => GraphQLISODateTime, {
    description:
      "When the fact happened in the world: a decision's decidedAt, the day a meeting was held (midnight in Stockholm), else when it was handled.",
  })
  occurredAt: Date;
  @Field({
    description:
      'Where occurredAt was read: the command field (heldOn, decision.decidedAt), an entity fact (meeting.heldOn) or handling.',
  })
  occurredFrom: string;
  @Field({
    description:
      "True when occurredAt was derived from the data of an event written before the envelope kept the world's time.",
  })
  occurredDerived: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When the store recorded the event.' }) recordedAt: Date;
  @Field(() => Int, {
    description: 'Days from the Stockholm date the fact happened to the Stockholm date it was recorded.',
  })
  daysLate: number;
  @Field({ description: 'A late entry: recorded more than LATE_ENTRY_DAYS (default 7) days after it happened.' })
  lateEntry: boolean;
  @Field(() => TimelineActor, { nullable: true }) actor: TimelineActor | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) correlationId: string | null;
  @Field(() => String, { nullable: true }) causationId: string | null;
  @Field(() => String, { nullable: true }) commandId: string | null;
  @Field({ description: 'A readable Swedish line; without content where contentHidden.' }) summary: string;
  @Field(() => GraphQLJSON, { nullable: true, description: "The event's data; null where contentHidden." })
  data: unknown;
  @Field({
    description:
      "True when the reader's role may not read this module's content (docs/SECURITY.md): data, reason, summary and correction reasons are left out.",
  })
  contentHidden: boolean;
  @Field(() => CorrectionLinkType, {
    nullable: true,
    description: 'Set when this event corrects an earlier one: which, and why.',
  })
  corrects: CorrectionLinkType | null;
  @Field(() => [CorrectionLinkType], { description: 'Later events that correct this one, oldest first.' })
  correctedBy: CorrectionLinkType[];
}

export const TimelineConnection = ConnectionType(TimelineEntry, 'Timeline');

@InputType()
export class TimelineFilterInput {
  @Field({ nullable: true, description: 'Module, e.g. "plan".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  module?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) stream?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) actorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) organisation?: string;
  @Field(() => EventKindFilter, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(EventKindFilter))
  kind?: EventKindFilter;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Facts that happened at or after this moment (the world's time, occurredAt).",
  })
  @IsOptional()
  @IsDate()
  occurredFrom?: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Facts that happened at or before this moment (the world's time, occurredAt).",
  })
  @IsOptional()
  @IsDate()
  occurredTo?: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Events recorded at or after this moment (recordedAt).',
  })
  @IsOptional()
  @IsDate()
  recordedFrom?: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Events recorded at or before this moment (recordedAt).',
  })
  @IsOptional()
  @IsDate()
  recordedTo?: Date;
  @Field({
    nullable: true,
    description: 'Only late entries (lateEntry): recorded more than LATE_ENTRY_DAYS days after they happened.',
  })
  @IsOptional()
  @IsBoolean()
  lateOnly?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) correlationId?: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Only the events at these store positions (at most 500), e.g. the sources of an ESF report line.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^\d{1,19}$/, { each: true, message: 'each position must be a whole number' })
  positions?: string[];
}

@ArgsType()
export class TimelineArgs extends FilteredPageArgs(TimelineFilterInput) {}

@ArgsType()
export class EntityHistoryArgs extends PageArgs {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9]+-.+$/, { message: 'stream must look like <category>-<id>' })
  @MaxLength(300)
  stream: string;
}

@ArgsType()
export class TimelineFeedArgs {
  @Field(() => TimelineFilterInput, { nullable: true })
  @IsOptional()
  @IsNested(() => TimelineFilterInput)
  filter?: TimelineFilterInput;
}
