import { ArgsType, Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';

import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNested } from '@samverkan/core';

@InputType({ description: 'Which cell of a figure: the fields its query takes, the breakdown and key, and the count.' })
export class FigureCellInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() year?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) campaignId?: string;
  @Field({
    nullable: true,
    description:
      'REGION, INDUSTRY, QUARTER (tipFunnel); level, sector, region, status (inspectionsDashboard); VT, HT (forumCadence).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  groupBy?: string;
  @Field({
    nullable: true,
    description: 'The cell within the breakdown (a region, forum id, area…); absent: the total.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  key?: string;
  @Field({ description: 'Which count, e.g. impulses, tips, held, inspections, employersSelected.' })
  @IsString()
  @MaxLength(50)
  measure: string;
}

@ArgsType()
export class ExplainArgs {
  @Field({ description: 'tipFunnel, forumCadence, inspectionsDashboard, dialogueCoverage, obligations.' })
  @IsString()
  @MaxLength(50)
  figure: string;
  @Field(() => FigureCellInput) @IsNested(() => FigureCellInput) cell: FigureCellInput;
}

@ObjectType({ description: 'An event behind a figure: one per counted item.' })
export class ExplainedEvent {
  @Field() position: string;
  @Field() eventId: string;
  @Field() stream: string;
  @Field(() => Int) revision: number;
  @Field() type: string;
  @Field(() => GraphQLISODateTime, {
    description: 'When the fact happened in the world (see TimelineEntry.occurredAt).',
  })
  occurredAt: Date;
  @Field({ description: 'A readable Swedish line; without content where contentHidden.' }) summary: string;
  @Field({ description: "True when the reader's role may not read this module's content (docs/SECURITY.md)." })
  contentHidden: boolean;
}
