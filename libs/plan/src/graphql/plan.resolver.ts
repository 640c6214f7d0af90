import { Args, Int } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, Role } from '@samverkan/auth';
import {
  CommandResolverOf,
  Connection,
  decodeCursor,
  InputValidationError,
  NotFoundError,
  PageArgs,
  requestOf,
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
  RecordActivityProgressInput,
} from './plan.inputs';
import { toActivity, toAmendment, toChanges, toDecision, toPlanType } from './plan.mapping';
import { CollaborationPlanConnection, CollaborationPlanPayload, CollaborationPlanType } from './plan.types';

/** Steering group work on the annual plan. Resolvers map input to a request and send it to the plan's endpoint. */
@CommandResolver(() => CollaborationPlanPayload, [Role.STEERING_GROUP])
export class PlanResolver extends CommandResolverOf(planEndpoint) {
  @ContentQuery(() => CollaborationPlanType, 'plan', 'The plan of one year.')
  async collaborationPlan(@Args('year', { type: () => Int }) year: number): Promise<CollaborationPlanType> {
    const stored = await this.queries.execute(new GetPlanQuery(year));
    if (!stored) throw new NotFoundError('Plan', String(year));
    return toPlanType(stored, this.persons);
  }

  @ContentQuery(() => CollaborationPlanConnection, 'plan', 'Every plan, by year.')
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

  @CommandMutation('Starts the draft of a year’s plan.')
  draftCollaborationPlan(input: DraftCollaborationPlanInput): PlanRequest {
    const diaryNumbers = {
      ...(input.diaryNumberAv ? { av: input.diaryNumberAv } : {}),
      ...(input.diaryNumberFk ? { fk: input.diaryNumberFk } : {}),
    };
    return { type: 'DraftPlan', data: { year: input.year, title: input.title, diaryNumbers } };
  }

  @CommandMutation('Adds an activity to a draft.')
  addPlanActivity(input: AddPlanActivityInput): PlanRequest {
    return { type: 'AddActivity', data: { year: input.year, activity: toActivity(input.activity) } };
  }

  @CommandMutation('Changes an activity of a draft.')
  changePlanActivity(input: ChangePlanActivityInput): PlanRequest {
    return {
      type: 'ChangeActivity',
      data: { year: input.year, activityId: input.activityId, changes: toChanges(input.changes) },
    };
  }

  @CommandMutation('Removes an activity from a draft.')
  removePlanActivity(input: PlanActivityRefInput): PlanRequest {
    return requestOf('RemoveActivity', input, 'year', 'activityId');
  }

  @CommandMutation('Submits the draft to the steering group.')
  submitCollaborationPlan(input: PlanRefInput): PlanRequest {
    return { type: 'SubmitPlan', data: { year: input.year } };
  }

  @CommandMutation('A steering group decision returns a submitted plan to draft.')
  returnCollaborationPlanToDraft(input: PlanDecisionInput): PlanRequest {
    return decisionOn('ReturnPlanToDraft', input);
  }

  @CommandMutation('A steering group decision adopts the submitted plan.')
  adoptCollaborationPlan(input: PlanDecisionInput): PlanRequest {
    return decisionOn('AdoptPlan', input);
  }

  @CommandMutation('A steering group decision amends an adopted plan.')
  amendCollaborationPlan(input: AmendCollaborationPlanInput): PlanRequest {
    const data = { year: input.year, decision: toDecision(input.decision), amendment: toAmendment(input) };
    return { type: 'AmendPlan', data, reason: input.reason };
  }

  @CommandMutation('Records progress on an activity of the adopted plan.')
  recordActivityProgress(input: RecordActivityProgressInput): PlanRequest {
    return requestOf('RecordActivityProgress', input, 'year', 'activityId', 'status', 'note');
  }

  @CommandMutation('A steering group decision records the follow-up.')
  followUpCollaborationPlan(input: FollowUpCollaborationPlanInput): PlanRequest {
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
    return { type: 'FollowUpPlan', data, reason: input.reason };
  }

  @CommandMutation('A steering group decision closes the plan.')
  closeCollaborationPlan(input: PlanDecisionInput): PlanRequest {
    return decisionOn('ClosePlan', input);
  }

  protected async shown(year: string): Promise<Pick<CollaborationPlanPayload, 'plan'>> {
    return { plan: await this.collaborationPlan(Number(year)) };
  }
}

/** A steering group decision on the plan as it stands: the year, the decision and why. */
function decisionOn(type: 'ReturnPlanToDraft' | 'AdoptPlan' | 'ClosePlan', input: PlanDecisionInput): PlanRequest {
  return { type, data: { year: input.year, decision: toDecision(input.decision) }, reason: input.reason };
}
