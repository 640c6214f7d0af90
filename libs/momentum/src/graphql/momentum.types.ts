import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CommandPayloadType, ConnectionType, EntityType, RoleCountsType } from '@samverkan/core';
import { ActivityKindEnum, ActivityStatusEnum } from './momentum.enums';

@ObjectType({ description: 'People by role; `named` are the named participants; `total` everyone.' })
export class ProjectActivityParticipantCountsType extends RoleCountsType {
  @Field(() => Int) named: number;
  @Field(() => Int) total: number;
}

@ObjectType()
export class ProjectActivityOrganisationType {
  @Field({ description: 'An agency code or an organisation number.' }) organisation: string;
  @Field(() => ProjectActivityParticipantCountsType) participants: ProjectActivityParticipantCountsType;
}

@ObjectType({ description: 'A named participant. The name comes from the erasable person directory.' })
export class ProjectActivityNamedParticipantType {
  @Field() personId: string;
  @Field({ description: '"raderad" after erasure.' }) name: string;
  @Field() organisation: string;
}

@ObjectType()
export class ProjectActivityParticipantsType {
  @Field(() => Int, { description: 'Organisations that took part.' }) organisations: number;
  @Field(() => ProjectActivityParticipantCountsType) totals: ProjectActivityParticipantCountsType;
  @Field(() => [ProjectActivityOrganisationType]) byOrganisation: ProjectActivityOrganisationType[];
  @Field(() => [ProjectActivityNamedParticipantType]) named: ProjectActivityNamedParticipantType[];
  @Field(() => Int, { description: 'Times recorded: more than one means corrections, each in the timeline.' })
  recordings: number;
}

@ObjectType()
export class ProjectActivityEvaluationType {
  @Field(() => Float, { description: 'Average on 1–10.' }) scale: number;
  @Field(() => Int) respondents: number;
}

@ObjectType('ProjectActivity')
export class ProjectActivityType extends EntityType {
  @Field(() => ActivityKindEnum) kind: string;
  @Field() title: string;
  @Field() organiser: string;
  @Field({ description: 'The planned date.' }) date: string;
  @Field() place: string;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => Int) expectedParticipants: number;
  @Field(() => ActivityStatusEnum) status: string;
  @Field(() => Int, { description: 'The year it was held, or is planned for.' }) year: number;
  @Field(() => String, { nullable: true }) heldOn: string | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => ProjectActivityParticipantsType, {
    nullable: true,
    description: 'As last recorded; null until recorded.',
  })
  participants: ProjectActivityParticipantsType | null;
  @Field(() => ProjectActivityEvaluationType, { nullable: true }) evaluation: ProjectActivityEvaluationType | null;
}

export const ProjectActivityPayload = CommandPayloadType('ProjectActivityPayload', 'activity', ProjectActivityType);
export type ProjectActivityPayload = InstanceType<typeof ProjectActivityPayload>;

export const ProjectActivityConnection = ConnectionType(ProjectActivityType, 'ProjectActivityConnection');
