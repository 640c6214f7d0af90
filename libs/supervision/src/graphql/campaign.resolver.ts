import { Args, Parent, ResolveField } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, CurrentActor, DashboardQuery, Role } from '@samverkan/auth';
import { Inject } from '@nestjs/common';
import { Actor, CommandResolverOf, Environment, ENVIRONMENT, fieldsOf, requestOf } from '@samverkan/core';
import {
  CampaignInspectionsQuery,
  EligiblePrincipalsQuery,
  GetCampaignsQuery,
  ListCampaignsQuery,
  campaignEndpoint,
  CampaignRequest,
} from '../application';
import { inspectionsDashboard } from '../read-model/inspections.dashboard';
import { CampaignDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import {
  ChangeCampaignSectorsInput,
  ConcludeSupervisionCampaignInput,
  EvaluateSupervisionCampaignInput,
  LaunchSupervisionCampaignInput,
  PlanSupervisionCampaignInput,
} from './supervision.inputs';
import { toCampaignType, toDashboardType, toInspectionType, toSuppressedDashboardType } from './supervision.mapping';
import {
  CampaignPayload,
  CampaignType,
  DashboardCampaignType,
  EligiblePrincipalType,
  InspectionsDashboardType,
  InspectionType,
} from './supervision.types';

/** A campaign's page shows the principals its inspections made eligible. */
const CAMPAIGN_CONTENT = ['campaign', 'principalEligibility'];

/** AV leads joint supervision campaigns with FK; everyone who works with the content reads them. */
@CommandResolver(() => CampaignPayload, [Role.AV_INSPECTOR])
export class CampaignResolver extends CommandResolverOf(campaignEndpoint) {
  @Inject(ENVIRONMENT) private readonly env: Environment;

  @ContentQuery(() => [CampaignType], CAMPAIGN_CONTENT, 'Joint supervision campaigns, by start of period.')
  async supervisionCampaigns(): Promise<CampaignType[]> {
    return (await this.queries.execute(new ListCampaignsQuery())).map(toCampaignType);
  }

  @ContentQuery(() => CampaignType, CAMPAIGN_CONTENT)
  async supervisionCampaign(@Args('id') id: string): Promise<CampaignType> {
    return toCampaignType(await this.campaignDoc(id));
  }

  @DashboardQuery(
    () => [DashboardCampaignType],
    'The campaigns an inspectionsDashboard may be asked for, by start of period: id, name, period and status only.',
  )
  async inspectionsDashboardCampaigns(): Promise<DashboardCampaignType[]> {
    const campaigns = await this.queries.execute(new ListCampaignsQuery());
    return campaigns.map(({ doc }) => ({ id: doc.campaignId, name: doc.name, period: doc.period, status: doc.status }));
  }

  @DashboardQuery(
    () => InspectionsDashboardType,
    'A campaign’s inspections by level, sector and region, deficiencies, requirements, principal-level follow-ups.',
  )
  async inspectionsDashboard(
    @Args('campaignId') campaignId: string,
    @CurrentActor() actor: Actor,
  ): Promise<InspectionsDashboardType> {
    await this.campaignDoc(campaignId);
    const inspections = await this.queries.execute(new CampaignInspectionsQuery(campaignId));
    const eligible = await this.queries.execute(new EligiblePrincipalsQuery(campaignId));
    const figures = inspectionsDashboard(
      inspections.map((i) => i.doc),
      eligible,
    );
    return actor.role === Role.DASHBOARD
      ? toSuppressedDashboardType(campaignId, figures, this.env.REGIONS)
      : toDashboardType(campaignId, figures);
  }

  @ResolveField(() => [InspectionType], { description: 'In the order they were recorded.' })
  async inspections(@Parent() campaign: CampaignType): Promise<InspectionType[]> {
    const rows = await this.queries.execute(new CampaignInspectionsQuery(campaign.id));
    return rows.map((row) => toInspectionType(row, this.persons));
  }

  @ResolveField(() => [EligiblePrincipalType], {
    description: 'Principals whose workplace inspections found system deficiencies.',
  })
  async eligiblePrincipals(@Parent() campaign: CampaignType): Promise<EligiblePrincipalType[]> {
    return this.queries.execute(new EligiblePrincipalsQuery(campaign.id));
  }

  @CommandMutation('Plans a joint supervision campaign (AV leads, FK takes part).')
  planSupervisionCampaign(input: PlanSupervisionCampaignInput): CampaignRequest {
    const data = {
      ...fieldsOf(input, 'name', 'focus'),
      period: { from: input.period.from, to: input.period.to },
      sectorsByYear: input.sectorsByYear.map((y) => ({
        year: y.year,
        sectors: [...y.sectors],
        preliminary: y.preliminary,
      })),
    };
    return { type: 'PlanCampaign', data };
  }

  @CommandMutation({
    description: 'Changes a year’s sectors (e.g. the preliminary 2026 plan): a decision, with the reason.',
    roles: [Role.AV_INSPECTOR, Role.STEERING_GROUP],
  })
  changeCampaignSectors(input: ChangeCampaignSectorsInput): CampaignRequest {
    const { year, sectors, preliminary } = input.sectors;
    const data = { campaignId: input.campaignId, sectors: { year, sectors: [...sectors], preliminary } };
    return { type: 'ChangeCampaignSectors', data, reason: input.reason };
  }

  @CommandMutation('Starts the campaign, with the launch communication to the social partners.')
  launchSupervisionCampaign(input: LaunchSupervisionCampaignInput): CampaignRequest {
    const data = { ...fieldsOf(input, 'campaignId', 'launchedOn'), communication: { ...input.communication } };
    return { type: 'LaunchCampaign', data };
  }

  @CommandMutation('Ends the campaign with the closing communication; every inspection closed or carried over.')
  concludeSupervisionCampaign(input: ConcludeSupervisionCampaignInput): CampaignRequest {
    const data = { ...fieldsOf(input, 'campaignId', 'concludedOn'), communication: { ...input.communication } };
    return { type: 'ConcludeCampaign', data };
  }

  @CommandMutation({ roles: [Role.AV_INSPECTOR, Role.STEERING_GROUP] })
  evaluateSupervisionCampaign(input: EvaluateSupervisionCampaignInput): CampaignRequest {
    return requestOf('EvaluateCampaign', input, 'campaignId', 'evaluatedOn', 'summary');
  }

  protected async shown(id: string): Promise<Pick<CampaignPayload, 'campaign'>> {
    return { campaign: toCampaignType(await this.campaignDoc(id)) };
  }

  private async campaignDoc(id: string): Promise<Versioned<CampaignDoc>> {
    return this.found(GetCampaignsQuery, 'Campaign', id);
  }
}
