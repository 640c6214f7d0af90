import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { CommandSender, CONTENT_READERS, ContentOf, Role, Roles } from '@samverkan/auth';
import {
  CommandPipeline,
  Connection,
  decodeCursor,
  InputValidationError,
  NotFoundError,
  PageArgs,
  PersonDirectory,
  Sender,
  sentPayload,
  toConnection,
} from '@samverkan/core';
import { GetPlanQuery, ListPlansQuery } from '../application/plan.handlers';
import { planEndpoint, PlanRequest } from '../application/plan.endpoint';
import {
  AddPlanActivityInput,
  AmendCollaborationPlanInput,
  ChangePlanActivityInput,
  DraftCollaborationPlanInput,
  FollowUpCollaborationPlanInput,
  PlanActivityRefInput,
  PlanDecisionInput,
  PlanRefInput,
  PlanYearInput,
  RecordActivityProgressInput,
} from './plan.inputs';
import { toActivity, toAmendment, toChanges, toDecision, toPlanType } from './plan.mapping';
import { CollaborationPlanConnection, CollaborationPlanPayload, CollaborationPlanType } from './plan.types';

/** Steering group work on the annual plan. Resolvers map input to a request and send it to the plan's endpoint. */
@Resolver(() => CollaborationPlanType)
export class PlanResolver {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => CollaborationPlanType, { description: 'The plan of one year.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('plan')
  async collaborationPlan(@Args('year', { type: () => Int }) year: number): Promise<CollaborationPlanType> {
    const stored = await this.queries.execute(new GetPlanQuery(year));
    if (!stored) throw new NotFoundError('Plan', String(year));
    return toPlanType(stored, this.persons);
  }

  @Query(() => CollaborationPlanConnection, { description: 'Every plan, by year.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('plan')
  async collaborationPlans(@Args() { first, after }: PageArgs): Promise<Connection<CollaborationPlanType>> {
    const afterYear = after ? Number(decodeCursor(after)) : null;
    if (afterYear !== null && !Number.isInteger(afterYear)) {
      throw new InputValidationError([{ field: 'after', messages: ['is not a plan cursor'] }]);
    }
    const rows = await this.queries.execute(new ListPlansQuery(first, afterYear));
    return toConnection(
      rows,
      first,
      (r) => r.view.year,
      (r) => toPlanType(r, this.persons),
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Starts the draft of a year’s plan.' })
  @Roles(Role.STEERING_GROUP)
  draftCollaborationPlan(@Args('input') input: DraftCollaborationPlanInput, @CommandSender() sender: Sender) {
    const diaryNumbers = {
      ...(input.diaryNumberAv ? { av: input.diaryNumberAv } : {}),
      ...(input.diaryNumberFk ? { fk: input.diaryNumberFk } : {}),
    };
    return this.send(
      { type: 'DraftPlan', data: { year: input.year, title: input.title, diaryNumbers } },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Adds an activity to a draft.' })
  @Roles(Role.STEERING_GROUP)
  addPlanActivity(@Args('input') input: AddPlanActivityInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'AddActivity', data: { year: input.year, activity: toActivity(input.activity) } },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Changes an activity of a draft.' })
  @Roles(Role.STEERING_GROUP)
  changePlanActivity(@Args('input') input: ChangePlanActivityInput, @CommandSender() sender: Sender) {
    return this.send(
      {
        type: 'ChangeActivity',
        data: { year: input.year, activityId: input.activityId, changes: toChanges(input.changes) },
      },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Removes an activity from a draft.' })
  @Roles(Role.STEERING_GROUP)
  removePlanActivity(@Args('input') input: PlanActivityRefInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'RemoveActivity', data: { year: input.year, activityId: input.activityId } },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Submits the draft to the steering group.' })
  @Roles(Role.STEERING_GROUP)
  submitCollaborationPlan(@Args('input') input: PlanRefInput, @CommandSender() sender: Sender) {
    return this.send({ type: 'SubmitPlan', data: { year: input.year } }, sender, input);
  }

  @Mutation(() => CollaborationPlanPayload, {
    description: 'A steering group decision returns a submitted plan to draft.',
  })
  @Roles(Role.STEERING_GROUP)
  returnCollaborationPlanToDraft(@Args('input') input: PlanDecisionInput, @CommandSender() sender: Sender) {
    return this.send(
      {
        type: 'ReturnPlanToDraft',
        data: { year: input.year, decision: toDecision(input.decision) },
        reason: input.reason,
      },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision adopts the submitted plan.' })
  @Roles(Role.STEERING_GROUP)
  adoptCollaborationPlan(@Args('input') input: PlanDecisionInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'AdoptPlan', data: { year: input.year, decision: toDecision(input.decision) }, reason: input.reason },
      sender,
      input,
    );
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision amends an adopted plan.' })
  @Roles(Role.STEERING_GROUP)
  amendCollaborationPlan(@Args('input') input: AmendCollaborationPlanInput, @CommandSender() sender: Sender) {
    const data = { year: input.year, decision: toDecision(input.decision), amendment: toAmendment(input) };
    return this.send({ type: 'AmendPlan', data, reason: input.reason }, sender, input);
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Records progress on an activity of the adopted plan.' })
  @Roles(Role.STEERING_GROUP)
  recordActivityProgress(@Args('input') input: RecordActivityProgressInput, @CommandSender() sender: Sender) {
    const data = { year: input.year, activityId: input.activityId, status: input.status, note: input.note };
    return this.send({ type: 'RecordActivityProgress', data }, sender, input);
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision records the follow-up.' })
  @Roles(Role.STEERING_GROUP)
  followUpCollaborationPlan(@Args('input') input: FollowUpCollaborationPlanInput, @CommandSender() sender: Sender) {
    const data = {
      year: input.year,
      decision: toDecision(input.decision),
      summary: input.summary,
      indicatorResults: input.indicatorResults.map((r) => ({
        activityId: r.activityId,
        indicator: r.indicator,
        result: r.result,
      })),
    };
    return this.send({ type: 'FollowUpPlan', data, reason: input.reason }, sender, input);
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision closes the plan.' })
  @Roles(Role.STEERING_GROUP)
  closeCollaborationPlan(@Args('input') input: PlanDecisionInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'ClosePlan', data: { year: input.year, decision: toDecision(input.decision) }, reason: input.reason },
      sender,
      input,
    );
  }

  private async send(request: PlanRequest, sender: Sender, input: PlanYearInput): Promise<CollaborationPlanPayload> {
    const sent = await this.pipeline.send(planEndpoint, request, sender, input);
    return { ...sentPayload(sent), plan: await this.collaborationPlan(input.year) };
  }
}
