import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DELIVERABLES } from '@samverkan/core/domain';
import { enumFrom, IsCalendarDate, RoleCountsType } from '@samverkan/core';

export const DeliverableEnum = enumFrom(DELIVERABLES);
registerEnumType(DeliverableEnum, {
  name: 'EsfDeliverable',
  description: "Momentum's deliverables that hold activities.",
});

@ArgsType()
export class EsfReportArgs {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) @IsCalendarDate() from: string;
  @Field({ description: 'Last day of the period, inclusive.' }) @IsCalendarDate() to: string;
}

@ObjectType()
export class EsfParticipants extends RoleCountsType {
  @Field(() => Int, { description: 'Named guests and speakers.' }) named: number;
  @Field(() => Int) total: number;
}

@ObjectType()
export class EsfRoleCounts extends RoleCountsType {}

@ObjectType()
export class EsfOrganisation {
  @Field({ description: 'Organisation number or agency code.' }) organisation: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => EsfRoleCounts, {
    nullable: true,
    description: 'Null where the trail records presence, not head counts.',
  })
  participants: EsfRoleCounts | null;
}

@ObjectType({ description: 'A named guest or speaker; name "raderad" after a GDPR erasure.' })
export class EsfNamedPerson {
  @Field() personId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() organisation: string;
}

@ObjectType({ description: 'An activity held in the period, with the store positions it was read from.' })
export class EsfActivity {
  @Field(() => DeliverableEnum) deliverable: string;
  @Field() activityId: string;
  @Field() stream: string;
  @Field() title: string;
  @Field() format: string;
  @Field({ description: 'The day it was held (Swedish date), however long after it was recorded.' }) heldOn: string;
  @Field() organiser: string;
  @Field(() => [EsfOrganisation]) organisations: EsfOrganisation[];
  @Field(() => EsfParticipants) participants: EsfParticipants;
  @Field(() => [EsfNamedPerson]) namedPeople: EsfNamedPerson[];
  @Field(() => [String]) sources: string[];
}

@ObjectType()
export class EsfDecider {
  @Field() personId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() organisation: string;
  @Field() role: string;
}

@ObjectType({
  description:
    "A decision taken in the period in a module that reports to ESF (Momentum's modules and the steering group's plan).",
})
export class EsfDecision {
  @Field({ description: 'The day it was decided (Swedish date; its occurredAt), not the day it was recorded.' })
  decidedOn: string;
  @Field() module: string;
  @Field() stream: string;
  @Field() eventId: string;
  @Field() type: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => EsfDecider) decidedBy: EsfDecider;
  @Field() position: string;
}

@ObjectType()
export class EsfDeliverableCount {
  @Field(() => DeliverableEnum) deliverable: string;
  @Field(() => Int) activities: number;
}

@ObjectType({ description: "Momentum's ESF report for a period." })
export class EsfReportType {
  @Field() from: string;
  @Field() to: string;
  @Field(() => String, { nullable: true, description: 'The store position the report covers.' }) position:
    string | null;
  @Field(() => [EsfActivity]) activities: EsfActivity[];
  @Field(() => [EsfDecision]) decisions: EsfDecision[];
  @Field(() => [EsfDeliverableCount]) activitiesByDeliverable: EsfDeliverableCount[];
  @Field(() => EsfParticipants) participants: EsfParticipants;
}
