import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, SmallCountType } from '@samverkan/auth';
import { CommandPayloadType, ConnectionType, EntityType, OrganisationType } from '@samverkan/core';
import {
  AgencyEnum,
  DialogueAudienceEnum,
  DialogueKindEnum,
  DialogueMeetingStatusEnum,
  SelectionCriterionEnum,
} from './dialogue.enums';

@ObjectType()
export class CriterionType {
  @Field(() => SelectionCriterionEnum) criterion: string;
  @Field() value: string;
  @Field() rationale: string;
}

@ObjectType()
export class SelectedEmployerType extends OrganisationType {
  @Field(() => [CriterionType]) criteria: CriterionType[];
  @Field({ description: 'Why it was selected (the decision’s reason).' }) reason: string;
}

@ObjectType('EmployerSelection')
export class SelectionType {
  @Field(() => ID) id: string;
  @Field() area: string;
  @Field(() => Int) year: number;
  @Field(() => [SelectedEmployerType]) employers: SelectedEmployerType[];
}

@ObjectType()
export class DialogueEmployerType extends OrganisationType {}

@ObjectType()
export class DialogueTopicType {
  @Field() title: string;
  @Field(() => String, { nullable: true }) citedInspectionId: string | null;
}

@ObjectType()
export class DialogueParticipantType {
  @Field() personId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => AgencyEnum) agency: string;
}

@ObjectType()
export class DialogueFollowUpType {
  @Field() followedUpOn: string;
  @Field() note: string;
  @Field() done: boolean;
}

@ObjectType()
export class DialogueOutcomeType {
  @Field() outcomeId: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) followUpBy: string | null;
  @Field() recordedOn: string;
  @Field(() => [DialogueFollowUpType]) followUps: DialogueFollowUpType[];
  @Field() done: boolean;
}

@ObjectType('DialogueMeeting')
export class DialogueMeetingType extends EntityType {
  @Field() area: string;
  @Field(() => DialogueKindEnum) kind: string;
  @Field(() => [DialogueEmployerType]) employers: DialogueEmployerType[];
  @Field() plannedOn: string;
  @Field(() => [DialogueAudienceEnum]) audiences: string[];
  @Field(() => [DialogueTopicType]) topics: DialogueTopicType[];
  @Field(() => [DialogueParticipantType]) participants: DialogueParticipantType[];
  @Field(() => DialogueMeetingStatusEnum) status: string;
  @Field(() => String, { nullable: true }) heldOn: string | null;
  @Field(() => Int, { nullable: true }) employerParticipants: number | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => [DialogueOutcomeType]) outcomes: DialogueOutcomeType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class AreaCoverageType {
  @Field() area: string;
  @Field(() => SmallCountType) employersSelected: SmallCountType;
  @Field(() => SmallCountType) meetingsPlanned: SmallCountType;
  @Field(() => SmallCountType) meetingsHeld: SmallCountType;
  @Field(() => SmallCountType) meetingsCancelled: SmallCountType;
  @Field(() => SmallCountType) outcomes: SmallCountType;
  @Field(() => SmallCountType, { description: 'Outcomes whose latest follow-up says done.' })
  outcomesFollowedUp: SmallCountType;
  @Field({ description: 'True when a count of this area is suppressed for the DASHBOARD role.' }) suppressed: boolean;
}

export const SelectionPayload = CommandPayloadType('SelectionPayload', 'selection', SelectionType);
export type SelectionPayload = InstanceType<typeof SelectionPayload>;

export const DialogueMeetingPayload = CommandPayloadType('DialogueMeetingPayload', 'meeting', DialogueMeetingType);
export type DialogueMeetingPayload = InstanceType<typeof DialogueMeetingPayload>;

export const DialogueMeetingConnection = ConnectionType(DialogueMeetingType, 'DialogueMeetingConnection');
