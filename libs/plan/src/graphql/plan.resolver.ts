import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, decodeCursor, InputValidationError, NotFoundError,
  PageArgs, payloadFields, PersonDirectory, toConnection,
} from '@samverkan/core';
import { GetPlanQuery, ListPlansQuery, RunPlanCommand, StoredPlanView } from '../application/plan.handlers';
import { PlanCommand } from '../domain';
import {
  AddPlanActivityInput, AmendCollaborationPlanInput, ChangePlanActivityInput, DraftCollaborationPlanInput,
  FollowUpCollaborationPlanInput, PlanActivityRefInput, PlanDecisionInput, PlanRefInput, PlanYearInput, RecordActivityProgressInput,
} from './plan.inputs';
import { toActivity, toAmendment, toChanges, toDecision, toPlanType } from './plan.mapping';
import { CollaborationPlanConnection, CollaborationPlanPayload, CollaborationPlanType } from './plan.types';

type Unsent = PlanCommand extends infer C ? (C extends PlanCommand ? Omit<C, 'metadata'> : never) : never;

/** Steering group work on the annual plan. Resolvers only translate and call the buses. */
@Resolver(() => CollaborationPlanType)
export class PlanResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => CollaborationPlanType, { description: 'The plan of one year.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('plan')
  async collaborationPlan(@Args('year', { type: () => Int }) year: number): Promise<CollaborationPlanType> {
    const stored = await this.queries.execute<GetPlanQuery, StoredPlanView | null>(new GetPlanQuery(year));
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
    const rows = await this.queries.execute<ListPlansQuery, StoredPlanView[]>(new ListPlansQuery(first, afterYear));
    return toConnection(rows, first, (r) => r.view.year, (r) => toPlanType(r, this.persons));
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Starts the draft of a year’s plan.' })
  @Roles(Role.STEERING_GROUP)
  draftCollaborationPlan(@Args('input') input: DraftCollaborationPlanInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const diaryNumbers = { ...(input.diaryNumberAv ? { av: input.diaryNumberAv } : {}), ...(input.diaryNumberFk ? { fk: input.diaryNumberFk } : {}) };
    return this.run(input, actor, cid, { type: 'DraftPlan', data: { year: input.year, title: input.title, diaryNumbers } });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Adds an activity to a draft.' })
  @Roles(Role.STEERING_GROUP)
  addPlanActivity(@Args('input') input: AddPlanActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(input, actor, cid, { type: 'AddActivity', data: { year: input.year, activity: toActivity(input.activity) } });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Changes an activity of a draft.' })
  @Roles(Role.STEERING_GROUP)
  changePlanActivity(@Args('input') input: ChangePlanActivityInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const data = { year: input.year, activityId: input.activityId, changes: toChanges(input.changes) };
    return this.run(input, actor, cid, { type: 'ChangeActivity', data });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Removes an activity from a draft.' })
  @Roles(Role.STEERING_GROUP)
  removePlanActivity(@Args('input') input: PlanActivityRefInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(input, actor, cid, { type: 'RemoveActivity', data: { year: input.year, activityId: input.activityId } });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Submits the draft to the steering group.' })
  @Roles(Role.STEERING_GROUP)
  submitCollaborationPlan(@Args('input') input: PlanRefInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(input, actor, cid, { type: 'SubmitPlan', data: { year: input.year } });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision returns a submitted plan to draft.' })
  @Roles(Role.STEERING_GROUP)
  returnCollaborationPlanToDraft(@Args('input') input: PlanDecisionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.decide(input, actor, cid, 'ReturnPlanToDraft');
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision adopts the submitted plan.' })
  @Roles(Role.STEERING_GROUP)
  adoptCollaborationPlan(@Args('input') input: PlanDecisionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.decide(input, actor, cid, 'AdoptPlan');
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision amends an adopted plan.' })
  @Roles(Role.STEERING_GROUP)
  amendCollaborationPlan(@Args('input') input: AmendCollaborationPlanInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const base = commandContext(actor, cid, input);
    const { decision, people } = toDecision(input.decision, base.commandId);
    const data = { year: input.year, decision, amendment: toAmendment(input) };
    return this.send(input, { ...base, people }, { type: 'AmendPlan', data, reason: input.reason });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'Records progress on an activity of the adopted plan.' })
  @Roles(Role.STEERING_GROUP)
  recordActivityProgress(@Args('input') input: RecordActivityProgressInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const data = { year: input.year, activityId: input.activityId, status: input.status, note: input.note };
    return this.run(input, actor, cid, { type: 'RecordActivityProgress', data });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision records the follow-up.' })
  @Roles(Role.STEERING_GROUP)
  followUpCollaborationPlan(@Args('input') input: FollowUpCollaborationPlanInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const base = commandContext(actor, cid, input);
    const { decision, people } = toDecision(input.decision, base.commandId);
    const data = {
      year: input.year,
      decision,
      summary: input.summary,
      indicatorResults: input.indicatorResults.map((r) => ({ activityId: r.activityId, indicator: r.indicator, result: r.result })),
    };
    return this.send(input, { ...base, people }, { type: 'FollowUpPlan', data, reason: input.reason });
  }

  @Mutation(() => CollaborationPlanPayload, { description: 'A steering group decision closes the plan.' })
  @Roles(Role.STEERING_GROUP)
  closeCollaborationPlan(@Args('input') input: PlanDecisionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.decide(input, actor, cid, 'ClosePlan');
  }

  private decide(input: PlanDecisionInput, actor: Actor, cid: string, type: 'ReturnPlanToDraft' | 'AdoptPlan' | 'ClosePlan') {
    const base = commandContext(actor, cid, input);
    const { decision, people } = toDecision(input.decision, base.commandId);
    return this.send(input, { ...base, people }, { type, data: { year: input.year, decision }, reason: input.reason } as Unsent);
  }

  private run(input: PlanYearInput, actor: Actor, cid: string, command: Unsent): Promise<CollaborationPlanPayload> {
    return this.send(input, commandContext(actor, cid, input), command);
  }

  /** The context is made first when a decision's members need the command id for their person ids; it carries their names. */
  private async send(input: PlanYearInput, context: CommandContext, command: Unsent): Promise<CollaborationPlanPayload> {
    const full = { ...command, metadata: { now: new Date() } } as PlanCommand;
    const result = await this.commands.execute<RunPlanCommand, CommandResult>(new RunPlanCommand(full, context));
    return { ...payloadFields(result, context), plan: await this.collaborationPlan(input.year) };
  }
}
