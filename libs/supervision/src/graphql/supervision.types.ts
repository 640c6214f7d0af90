import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AGGREGATE_AUDIENCE, Audience, SmallCountType } from '@samverkan/auth';
import { CommandPayloadType, EntityType, OrganisationType } from '@samverkan/core';
import {
  CampaignStatusEnum,
  InspectionLevelEnum,
  InspectionStatusEnum,
  SupervisionSectorEnum,
} from './supervision.enums';

/** Two days, no content: a dashboard reads a campaign's period too. */
@ObjectType()
@Audience(...AGGREGATE_AUDIENCE)
export class PeriodType {
  @Field() from: string;
  @Field() to: string;
}

@ObjectType({
  description:
    'A campaign as a dashboard knows it: enough to name it and ask for its inspectionsDashboard, none of its content.',
})
@Audience(...AGGREGATE_AUDIENCE)
export class DashboardCampaignType {
  @Field() id: string;
  @Field() name: string;
  @Field(() => PeriodType) period: PeriodType;
  @Field(() => CampaignStatusEnum) status: string;
}

@ObjectType()
export class YearSectorsType {
  @Field(() => Int) year: number;
  @Field(() => [SupervisionSectorEnum]) sectors: string[];
  @Field() preliminary: boolean;
}

@ObjectType()
export class SectorChangeType extends YearSectorsType {
  @Field() reason: string;
}

@ObjectType()
export class CommunicationType {
  @Field(() => [String]) audiences: string[];
  @Field() summary: string;
}

@ObjectType()
export class CampaignMilestoneType {
  @Field() on: string;
  @Field(() => CommunicationType, { nullable: true }) communication: CommunicationType | null;
  @Field(() => String, { nullable: true }) summary: string | null;
}

@ObjectType()
export class PersonRefType {
  @Field() id: string;
  @Field(() => String, { nullable: true, description: 'From the erasable person directory.' }) name: string | null;
}

@ObjectType()
export class PrincipalType extends OrganisationType {}

@ObjectType()
export class FindingType {
  @Field() area: string;
  @Field() description: string;
  @Field() systemDeficiency: boolean;
}

@ObjectType()
export class RequirementType {
  @Field() requirementId: string;
  @Field() description: string;
  @Field() dueDate: string;
  @Field() issuedOn: string;
}

@ObjectType()
export class FollowUpType {
  @Field() followedUpOn: string;
  @Field() note: string;
  @Field() requirementsMet: boolean;
}

@ObjectType('Inspection')
export class InspectionType extends EntityType {
  @Field() campaignId: string;
  @Field(() => InspectionLevelEnum) level: string;
  @Field(() => PrincipalType) principal: PrincipalType;
  @Field(() => String, { nullable: true }) workplace: string | null;
  @Field(() => SupervisionSectorEnum) sector: string;
  @Field() region: string;
  @Field() inspectedOn: string;
  @Field(() => [PersonRefType]) inspectors: PersonRefType[];
  @Field(() => String, { nullable: true }) basedOnInspectionId: string | null;
  @Field(() => [PersonRefType], { description: 'FK staff who took part.' }) fkParticipants: PersonRefType[];
  @Field(() => [String]) fkInformedAbout: string[];
  @Field(() => [FindingType]) findings: FindingType[];
  @Field() systemDeficiencies: boolean;
  @Field(() => [RequirementType]) requirements: RequirementType[];
  @Field(() => [FollowUpType]) followUps: FollowUpType[];
  @Field(() => InspectionStatusEnum) status: string;
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => String, { nullable: true }) carryOverReason: string | null;
}

@ObjectType()
export class EligiblePrincipalType {
  @Field() organisationNumber: string;
  @Field() principalName: string;
  @Field() basedOnInspectionId: string;
  @Field() markedOn: string;
}

@ObjectType('SupervisionCampaign')
export class CampaignType extends EntityType {
  @Field() name: string;
  @Field() focus: string;
  @Field(() => PeriodType) period: PeriodType;
  @Field(() => [YearSectorsType]) sectorsByYear: YearSectorsType[];
  @Field() lead: string;
  @Field() partner: string;
  @Field(() => CampaignStatusEnum) status: string;
  @Field(() => CampaignMilestoneType, { nullable: true }) launch: CampaignMilestoneType | null;
  @Field(() => CampaignMilestoneType, { nullable: true }) conclusion: CampaignMilestoneType | null;
  @Field(() => CampaignMilestoneType, { nullable: true }) evaluation: CampaignMilestoneType | null;
  @Field(() => [SectorChangeType]) sectorChanges: SectorChangeType[];
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType({
  description: 'A count for one key of a breakdown; for the DASHBOARD role, sector and region cells are protected.',
})
export class CountCellType {
  @Field() key: string;
  @Field(() => SmallCountType) count: SmallCountType;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class PrincipalFollowUpsType {
  @Field(() => Int, { description: 'Principals marked eligible after system deficiencies.' })
  eligiblePrincipals: number;
  @Field(() => Int, { description: 'Of those, inspected at principal level.' }) inspected: number;
  @Field(() => Int) awaiting: number;
}

@Audience(...AGGREGATE_AUDIENCE)
@ObjectType()
export class InspectionsDashboardType {
  @Field() campaignId: string;
  @Field(() => Int) total: number;
  @Field(() => [CountCellType]) byLevel: CountCellType[];
  @Field(() => [CountCellType]) bySector: CountCellType[];
  @Field(() => [CountCellType]) byRegion: CountCellType[];
  @Field(() => [CountCellType]) byStatus: CountCellType[];
  @Field(() => Int) workplaceInspections: number;
  @Field(() => Int) withSystemDeficiencies: number;
  @Field(() => Float, { description: 'Of the workplace inspections, 0–1.' }) shareWithSystemDeficiencies: number;
  @Field(() => Int) requirementsIssued: number;
  @Field(() => Int) withFkParticipation: number;
  @Field(() => PrincipalFollowUpsType) principalFollowUps: PrincipalFollowUpsType;
}

export const CampaignPayload = CommandPayloadType('CampaignPayload', 'campaign', CampaignType);
export type CampaignPayload = InstanceType<typeof CampaignPayload>;

export const InspectionPayload = CommandPayloadType('InspectionPayload', 'inspection', InspectionType);
export type InspectionPayload = InstanceType<typeof InspectionPayload>;
