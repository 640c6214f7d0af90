import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, CONTENT_READERS, RestrictedField, SmallCountType } from '@samverkan/auth';
import { ConnectionType } from '@samverkan/core';
import { ObligationKind, ObligationModule } from '../domain';
import { ExpectationKind, ExpectationStatus } from '../read-model/plan-versus-actual';
import {
  ExpectationKindEnum,
  ExpectationStatusEnum,
  ObligationKindEnum,
  ObligationModuleEnum,
  OversightTermEnum,
} from './oversight.enums';

@ObjectType('OverdueRecord', {
  description: 'The system action in the timeline that recorded the obligation as overdue.',
})
export class OverdueRecordType {
  @Field() recordedAt: Date;
  @Field() eventId: string;
  @Field() position: string;
  @Field({ description: 'obligation-<id>' }) stream: string;
}

@ObjectType('Obligation', { description: 'An open duty: who owes what, since when, by when.' })
export class ObligationType {
  @Field({ description: 'Stable: kind and source, e.g. jointAction_<id>; its stream is obligation-<id>.' }) id: string;
  @Field(() => ObligationKindEnum) kind: ObligationKind;
  @Field(() => ObligationModuleEnum) module: ObligationModule;
  @Field({ description: 'FK, AV, JOINT, or the joint action owner organisation.' }) owner: string;
  @Field() title: string;
  @Field({ description: 'The stream of the entity that owes it.' }) sourceStream: string;
  @Field() sourceId: string;
  @Field({ description: 'When the duty arose (YYYY-MM-DD).' }) since: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
  @Field({ description: "Today's Stockholm date is after dueOn." }) overdue: boolean;
  @Field(() => Int) daysOverdue: number;
  @Field(() => OverdueRecordType, { nullable: true, description: 'Null until the overdue watcher has recorded it.' })
  overdueRecord: OverdueRecordType | null;
}

export const ObligationConnection = ConnectionType(ObligationType, 'Obligation');

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('ObligationCountCell')
export class ObligationCountCellType {
  @Field(() => ObligationModuleEnum) module: ObligationModule;
  @Field() owner: string;
  @Field(() => SmallCountType) open: SmallCountType;
  @Field(() => SmallCountType) overdue: SmallCountType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('ObligationCounts', { description: 'Open and overdue obligations per module and owner, and in all.' })
export class ObligationCountsType {
  @Field({ description: "The Stockholm date 'overdue' was judged on." }) today: string;
  @Field(() => SmallCountType, {
    description: 'Hidden only for DASHBOARD, where the total would give a suppressed cell away.',
  })
  totalOpen: SmallCountType;
  @Field(() => SmallCountType, { description: 'Hidden only for DASHBOARD, as totalOpen.' })
  totalOverdue: SmallCountType;
  @Field(() => [ObligationCountCellType]) cells: ObligationCountCellType[];
  @Field({ description: 'True when small counts were suppressed (the DASHBOARD role).' }) suppressed: boolean;
}

@ObjectType('EventReference', { description: 'An event that meets an expectation.' })
export class EventReferenceType {
  @Field() eventId: string;
  @Field() position: string;
  @Field() stream: string;
  @Field() type: string;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('Expectation', {
  description: 'Something the adopted plan or a module declares for the year, and how it stands.',
})
export class ExpectationType {
  @Field() id: string;
  @Field(() => ExpectationKindEnum) kind: ExpectationKind;
  @Field() module: string;
  @Field() subjectId: string;
  @Field({ description: 'The forum, group, campaign or activity.' }) subject: string;
  @Field() sourceStream: string;
  @Field(() => OversightTermEnum, { nullable: true }) term: 'VT' | 'HT' | null;
  @Field({ description: 'Term end, campaign start or end, or the activity due date (YYYY-MM-DD).' }) dueOn: string;
  @Field(() => Int, { nullable: true, description: 'Meetings expected per term.' }) expected: number | null;
  @Field(() => Int, { nullable: true, description: 'Meetings held.' }) achieved: number | null;
  @Field(() => Int, { nullable: true, description: 'Meetings still planned.' }) planned: number | null;
  @Field(() => ExpectationStatusEnum) status: ExpectationStatus;
  @Field(() => String, { nullable: true, description: 'Why, when missed or at risk; "klart för sent" when done late.' })
  note: string | null;
  @RestrictedField(() => [EventReferenceType], CONTENT_READERS, {
    description: 'Pointers into the trail: for the content readers.',
  })
  evidence: EventReferenceType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('ExpectationTally')
export class ExpectationTallyType {
  @Field(() => Int) met: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) missed: number;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('PlanVersusActual')
export class PlanVersusActualType {
  @Field(() => Int) year: number;
  @Field({ description: 'The Stockholm date the statuses were judged on.' }) today: string;
  @Field(() => ExpectationTallyType) tally: ExpectationTallyType;
  @Field(() => [ExpectationType]) expectations: ExpectationType[];
}
