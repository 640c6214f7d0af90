import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Inject } from '@nestjs/common';
import { Actor, CommandContext, commandContext, CommandResult, entityIdFor, ENVIRONMENT, Environment, NotFoundError, payloadFields, PersonDirectory } from '@samverkan/core';
import {
  CampaignInspectionsQuery, EligiblePrincipalsQuery, GetCampaignsQuery, ListCampaignsQuery, RunCampaignCommand,
} from '../application';
import { CampaignCommand, stockholmDate } from '../domain';
import { inspectionsDashboard } from '../read-model/inspections.dashboard';
import { CampaignDoc, EligibilityDoc, InspectionDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import {
  ChangeCampaignSectorsInput, ConcludeSupervisionCampaignInput, EvaluateSupervisionCampaignInput, LaunchSupervisionCampaignInput,
  PlanSupervisionCampaignInput,
} from './supervision.inputs';
import { toCampaignType, toDashboardType, toInspectionType, toSuppressedDashboardType } from './supervision.mapping';
import {
  CampaignPayload, CampaignType, EligiblePrincipalType, InspectionsDashboardType, InspectionType,
} from './supervision.types';

/** AV leads joint supervision campaigns with FK; everyone who works with the content reads them. */
@Resolver(() => CampaignType)
export class CampaignResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Query(() => [CampaignType], { description: 'Joint supervision campaigns, by start of period.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('campaign', 'principalEligibility')
  async supervisionCampaigns(): Promise<CampaignType[]> {
    return (await this.queries.execute<ListCampaignsQuery, Versioned<CampaignDoc>[]>(new ListCampaignsQuery())).map(toCampaignType);
  }

  @Query(() => CampaignType)
  @Roles(...CONTENT_READERS)
  @ContentOf('campaign', 'principalEligibility')
  async supervisionCampaign(@Args('id') id: string): Promise<CampaignType> {
    return toCampaignType(await this.campaignDoc(id));
  }

  @Query(() => InspectionsDashboardType, { description: 'A campaign’s inspections by level, sector and region, deficiencies, requirements, principal-level follow-ups.' })
  @Roles(...CONTENT_READERS, Role.DASHBOARD)
  async inspectionsDashboard(@Args('campaignId') campaignId: string, @CurrentActor() actor: Actor): Promise<InspectionsDashboardType> {
    await this.campaignDoc(campaignId);
    const inspections = await this.queries.execute<CampaignInspectionsQuery, Versioned<InspectionDoc>[]>(new CampaignInspectionsQuery(campaignId));
    const eligible = await this.queries.execute<EligiblePrincipalsQuery, EligibilityDoc[]>(new EligiblePrincipalsQuery(campaignId));
    const figures = inspectionsDashboard(inspections.map((i) => i.doc), eligible);
    return actor.role === Role.DASHBOARD ? toSuppressedDashboardType(campaignId, figures, this.env.REGIONS) : toDashboardType(campaignId, figures);
  }

  @ResolveField(() => [InspectionType], { description: 'In the order they were recorded.' })
  async inspections(@Parent() campaign: CampaignType): Promise<InspectionType[]> {
    const rows = await this.queries.execute<CampaignInspectionsQuery, Versioned<InspectionDoc>[]>(new CampaignInspectionsQuery(campaign.id));
    return rows.map((row) => toInspectionType(row, this.persons));
  }

  @ResolveField(() => [EligiblePrincipalType], { description: 'Principals whose workplace inspections found system deficiencies.' })
  async eligiblePrincipals(@Parent() campaign: CampaignType): Promise<EligiblePrincipalType[]> {
    return this.queries.execute<EligiblePrincipalsQuery, EligibilityDoc[]>(new EligiblePrincipalsQuery(campaign.id));
  }

  @Mutation(() => CampaignPayload, { description: 'Plans a joint supervision campaign (AV leads, FK takes part).' })
  @Roles(Role.AV_INSPECTOR)
  planSupervisionCampaign(@Args('input') input: PlanSupervisionCampaignInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    return this.run(
      {
        type: 'PlanCampaign',
        data: {
          campaignId: entityIdFor(context.commandId),
          name: input.name,
          focus: input.focus,
          period: { from: input.period.from, to: input.period.to },
          sectorsByYear: input.sectorsByYear.map((y) => ({ year: y.year, sectors: [...y.sectors], preliminary: y.preliminary })),
        },
        metadata: { now: new Date() },
      },
      context,
    );
  }

  @Mutation(() => CampaignPayload, { description: 'Changes a year’s sectors (e.g. the preliminary 2026 plan): a decision, with the reason.' })
  @Roles(Role.AV_INSPECTOR, Role.STEERING_GROUP)
  changeCampaignSectors(@Args('input') input: ChangeCampaignSectorsInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const { year, sectors, preliminary } = input.sectors;
    return this.run(
      { type: 'ChangeCampaignSectors', data: { campaignId: input.campaignId, sectors: { year, sectors: [...sectors], preliminary } }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => CampaignPayload, { description: 'Starts the campaign, with the launch communication to the social partners.' })
  @Roles(Role.AV_INSPECTOR)
  launchSupervisionCampaign(@Args('input') input: LaunchSupervisionCampaignInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      { type: 'LaunchCampaign', data: { campaignId: input.campaignId, launchedOn: input.launchedOn ?? stockholmDate(now), communication: { ...input.communication } }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => CampaignPayload, { description: 'Ends the campaign with the closing communication; every inspection closed or carried over.' })
  @Roles(Role.AV_INSPECTOR)
  concludeSupervisionCampaign(@Args('input') input: ConcludeSupervisionCampaignInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      {
        type: 'ConcludeCampaign',
        data: { campaignId: input.campaignId, concludedOn: input.concludedOn ?? stockholmDate(now), communication: { ...input.communication }, inspections: [] },
        metadata: { now },
      },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => CampaignPayload)
  @Roles(Role.AV_INSPECTOR, Role.STEERING_GROUP)
  evaluateSupervisionCampaign(@Args('input') input: EvaluateSupervisionCampaignInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      { type: 'EvaluateCampaign', data: { campaignId: input.campaignId, evaluatedOn: input.evaluatedOn ?? stockholmDate(now), summary: input.summary }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  private async run(command: CampaignCommand, context: CommandContext): Promise<CampaignPayload> {
    const result = await this.commands.execute<RunCampaignCommand, CommandResult>(new RunCampaignCommand(command, context));
    return { ...payloadFields(result, context), campaign: toCampaignType(await this.campaignDoc(command.data.campaignId)) };
  }

  private async campaignDoc(id: string): Promise<Versioned<CampaignDoc>> {
    const [row] = await this.queries.execute<GetCampaignsQuery, Versioned<CampaignDoc>[]>(new GetCampaignsQuery([id]));
    if (!row) throw new NotFoundError('Campaign', id);
    return row;
  }
}
