import { Role } from '@samverkan/auth';
import { eventIdFor } from '@samverkan/core';
import { NamedDecision, planEndpoint, PlanRequest } from '@samverkan/plan';
import { DemoRequest, demoRequest, demoSeed } from '../demo-requests';
import { DEMO_PLANS, DemoDecision, DemoPlanStep, demoSteeringMember, IsoDate } from './demo-plan';

/** One request of the demo: the stable key its command id derives from, and the day it belongs to. */
interface Step {
  key: string;
  commandId: string;
  on: IsoDate;
  request: PlanRequest;
}

/** The requests that record a decision of the steering group on the plan. */
type DecisionType = Extract<PlanRequest, { data: { decision: unknown } }>['type'];
/** What a decision request carries besides the year and the decision: nothing, or its step's own facts. */
type FactsOf<T extends DecisionType> =
  Omit<Extract<PlanRequest, { type: T }>['data'], 'year' | 'decision'> extends infer F
    ? keyof F extends never
      ? []
      : [F]
    : never;

const NAMESPACE = 'demo:plan';
const commandIdFor = (key: string) => eventIdFor(`${NAMESPACE}:${key}`, 0);

/** The key of a step within its plan: unique, and independent of the steps around it. */
export function demoPlanStepKey(year: number, step: DemoPlanStep): string {
  switch (step.kind) {
    case 'ADD':
      return `${year}:add:${step.activity.activityId}`;
    case 'CHANGE':
      return `${year}:change:${step.activityId}:${step.on}`;
    case 'REMOVE':
      return `${year}:remove:${step.activityId}`;
    case 'SUBMIT':
      return `${year}:submit:${step.on}`;
    case 'PROGRESS':
      return `${year}:progress:${step.activityId}:${step.status}:${step.on}`;
    default:
      return `${year}:decision:${step.decision.decisionId}`;
  }
}

/** The decision as the minutes give it: the endpoint names its members, as for the GraphQL mutation. */
function toDecision(demo: DemoDecision): NamedDecision {
  const members = demo.members.map((key) => {
    const { name, organisation } = demoSteeringMember(key);
    return { name, organisation };
  });
  return {
    decisionId: demo.decisionId,
    decidedAt: new Date(demo.decidedAt).toISOString(),
    members,
    what: demo.what,
    minutesReference: demo.minutesReference,
  };
}

/**
 * Every command of the demo, ordered by day across the plans (a stable sort: on one day the older
 * plan goes first, so the 2024 plan is closed before the 2025 plan is adopted at the same meeting).
 */
function steps(): DemoRequest[] {
  const list: Step[] = [];
  for (const plan of DEMO_PLANS) {
    const { year } = plan;
    const push = (key: string, on: IsoDate, request: PlanRequest) =>
      list.push({ key, commandId: commandIdFor(key), on, request });
    push(`${year}:draft`, plan.draftedOn, {
      type: 'DraftPlan',
      data: { year, title: plan.title, diaryNumbers: { ...plan.diaryNumbers } },
    });
    // A steering-group decision: the year, the decision with its members named, the step's own facts, and the reason.
    const decided = <T extends DecisionType>(type: T, decision: DemoDecision, ...facts: FactsOf<T>) =>
      ({
        type,
        data: { year, decision: toDecision(decision), ...(facts as object[])[0] },
        reason: decision.reason,
      }) as PlanRequest;
    for (const step of plan.steps) {
      push(
        demoPlanStepKey(year, step),
        step.on,
        ((): PlanRequest => {
          switch (step.kind) {
            case 'ADD':
              return {
                type: 'AddActivity',
                data: { year, activity: { ...step.activity, indicators: [...step.activity.indicators] } },
              };
            case 'CHANGE':
              return {
                type: 'ChangeActivity',
                data: { year, activityId: step.activityId, changes: { ...step.changes } },
              };
            case 'REMOVE':
              return { type: 'RemoveActivity', data: { year, activityId: step.activityId } };
            case 'SUBMIT':
              return { type: 'SubmitPlan', data: { year } };
            case 'PROGRESS':
              return {
                type: 'RecordActivityProgress',
                data: { year, activityId: step.activityId, status: step.status, note: step.note },
              };
            case 'RETURN_TO_DRAFT':
              return decided('ReturnPlanToDraft', step.decision);
            case 'ADOPT':
              return decided('AdoptPlan', step.decision);
            case 'AMEND':
              return decided('AmendPlan', step.decision, { amendment: step.amendment });
            case 'FOLLOW_UP':
              return decided('FollowUpPlan', step.decision, {
                summary: step.summary,
                indicatorResults: step.indicatorResults.map((r) => ({ ...r })),
              });
            case 'CLOSE':
              return decided('ClosePlan', step.decision);
            default: {
              const unknown: never = step;
              throw new Error(`Unknown demo plan step ${(unknown as { kind: string }).kind}`);
            }
          }
        })(),
      );
    }
  }
  return list
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.on.localeCompare(b.step.on) || a.index - b.index)
    .map(({ step }) => demoRequest(step.commandId, Role.STEERING_GROUP, planEndpoint, step.request));
}

const seed = demoSeed(steps);

/**
 * Loads the demo plans through the plan's endpoint, as the steering group (the dev STEERING_GROUP
 * person), exactly as the GraphQL mutations send them. Idempotent: the fixed command ids make a
 * second run replay each request and append nothing, and the decision members' person ids derive
 * from those command ids, so the person directory gains no one either.
 */
export const seedPlans = seed.send;
export const demoPlanCommandIds = seed.commandIds;
export const planCommandCount = seed.count;
