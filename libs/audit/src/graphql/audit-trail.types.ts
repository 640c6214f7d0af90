import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Audience, PEOPLE_AUDIENCE } from '@samverkan/auth';
import { TimelineActor } from './timeline.types';

export enum AsOfClockEnum {
  RECORDED = 'recorded',
  OCCURRED = 'occurred',
}
registerEnumType(AsOfClockEnum, {
  name: 'AsOfClock',
  description:
    'RECORDED: what the workspace knew at that moment (default). OCCURRED: by when each fact happened in the world ' +
    "(a decision's decidedAt, the day a meeting was held): the stream up to its last event that had happened by then.",
});

@ArgsType()
export class EntityAsOfArgs {
  @Field({ description: "The entity's stream, e.g. forumMeeting-… (see timeline `stream`)." })
  @IsString()
  @Matches(/^[A-Za-z0-9]+-.+$/, { message: 'stream must look like <category>-<id>' })
  @MaxLength(300)
  stream: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The moment; give this or revision (neither: now).' })
  @IsOptional()
  @IsDate()
  at?: Date;

  @Field(() => Int, { nullable: true, description: 'The revision to stop at, inclusive.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;

  @Field(() => AsOfClockEnum, { nullable: true, defaultValue: AsOfClockEnum.RECORDED })
  @IsOptional()
  @IsIn(Object.values(AsOfClockEnum))
  clock?: AsOfClockEnum;
}

@Audience(...PEOPLE_AUDIENCE)
@ObjectType({ description: 'A person the state refers to; name "raderad" after a GDPR erasure.' })
export class ReferencedPerson {
  @Field() id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field() erased: boolean;
}

@ObjectType({ description: "An entity as it was at a revision or moment, folded by its module's own rules." })
export class EntityStateType {
  @Field() stream: string;
  @Field() module: string;
  @Field({ description: 'False when the entity did not exist yet at that moment.' }) existed: boolean;
  @Field(() => Int, { description: 'The last revision folded in (-1: none).' }) revision: number;
  @Field(() => String, { nullable: true }) position: string | null;
  @Field(() => AsOfClockEnum, {
    description: 'The clock the moment was read on; RECORDED for a revision or no moment.',
  })
  clock: AsOfClockEnum;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The last folded event's time on that clock." })
  lastChangeAt: Date | null;
  @Field(() => Int, { description: 'The revision the entity has now.' }) currentRevision: number;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The state as the module holds it (ids, never names); null where contentHidden.',
  })
  state: unknown;
  @Field({
    description:
      "True when the reader's role may not read this module's content (docs/SECURITY.md): state and people are left out.",
  })
  contentHidden: boolean;
  @Field(() => [ReferencedPerson]) people: ReferencedPerson[];
  @Field(() => [TimelineActor], { description: 'Who made the changes folded in.' }) actors: TimelineActor[];
}

@ObjectType({ description: 'The first place a hash chain does not hold.' })
export class BrokenLinkType {
  @Field({
    description:
      'HASH_MISMATCH, MISSING_HASH, REVISION_GAP, RECORDED_AT_MISMATCH, UNKNOWN_CHAIN_VERSION, CHAIN_VERSION_DOWNGRADE or UNREADABLE (docs/AUDIT.md).',
  })
  problem: string;
  @Field(() => String, { nullable: true }) stream: string | null;
  @Field(() => Int, { nullable: true }) revision: number | null;
  @Field(() => String, { nullable: true }) eventId: string | null;
  @Field(() => String, { nullable: true }) position: string | null;
}

@ObjectType({ description: "The result of walking every stream's hash chain." })
export class IntegrityReportType {
  @Field() holds: boolean;
  @Field(() => Int) streamsChecked: number;
  @Field(() => Int) eventsChecked: number;
  @Field(() => String, { nullable: true }) checkedUpTo: string | null;
  @Field(() => BrokenLinkType, { nullable: true }) firstBroken: BrokenLinkType | null;
  @Field(() => Int) brokenLinks: number;
}
