import { CommandBus } from '@nestjs/cqrs';
import { devActor, Role } from '@samverkan/auth';
import { CommandContext, eventIdFor, NamedPerson, PersonDirectory } from '@samverkan/core';
import { namedDecisionMembers } from '../application/decision-members';
import { RunPlanCommand } from '../application/plan.handlers';
import { PlanCommand, SteeringGroupDecision } from '../domain';
import { DEMO_PLANS, DemoDecision, DemoPlanStep, demoSteeringMember, IsoDate } from './demo-plan';

/**
 * One command of the demo: the stable key its command id derives from, the day it belongs to, and
 * how it is built. Building a decision adds its members to `people`, which the seed sends in the
 * command context (as the resolver does), so the pipeline names them once the decision is stored.
 */
interface Step {
  key: string;
  commandId: string;
  on: IsoDate;
  build: (people: NamedPerson[]) => PlanCommand;
}

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

/** The decision as the resolver's `toDecision` makes it: members by person id, their names added to `people`. */
function toDecision(demo: DemoDecision, people: NamedPerson[], commandId: string): SteeringGroupDecision {
  const members = demo.members.map((key) => {
    const { name, organisation } = demoSteeringMember(key);
    return { name, organisation };
  });
  const named = namedDecisionMembers(commandId, members);
  people.push(...named.people);
  return {
    decisionId: demo.decisionId,
    decidedAt: new Date(demo.decidedAt).toISOString(),
    decidedBy: named.decidedBy,
    what: demo.what,
    minutesReference: demo.minutesReference,
  };
}

/**
 * Every command of the demo, ordered by day across the plans (a stable sort: on one day the older
 * plan goes first, so the 2024 plan is closed before the 2025 plan is adopted at the same meeting).
 * `now` is the moment every command is decided at; every decision lies before it.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const list: Step[] = [];
  for (const plan of DEMO_PLANS) {
    const { year } = plan;
    const push = (key: string, on: IsoDate, build: (people: NamedPerson[], commandId: string) => PlanCommand) => {
      const commandId = commandIdFor(key);
      list.push({ key, commandId, on, build: (people) => build(people, commandId) });
    };
    push(`${year}:draft`, plan.draftedOn, () => ({
      type: 'DraftPlan',
      data: { year, title: plan.title, diaryNumbers: { ...plan.diaryNumbers } },
      metadata,
    }));
    for (const step of plan.steps) {
      push(demoPlanStepKey(year, step), step.on, (people, commandId): PlanCommand => {
        switch (step.kind) {
          case 'ADD':
            return { type: 'AddActivity', data: { year, activity: { ...step.activity, indicators: [...step.activity.indicators] } }, metadata };
          case 'CHANGE':
            return { type: 'ChangeActivity', data: { year, activityId: step.activityId, changes: { ...step.changes } }, metadata };
          case 'REMOVE':
            return { type: 'RemoveActivity', data: { year, activityId: step.activityId }, metadata };
          case 'SUBMIT':
            return { type: 'SubmitPlan', data: { year }, metadata };
          case 'PROGRESS':
            return { type: 'RecordActivityProgress', data: { year, activityId: step.activityId, status: step.status, note: step.note }, metadata };
          case 'RETURN_TO_DRAFT':
            return { type: 'ReturnPlanToDraft', data: { year, decision: toDecision(step.decision, people, commandId) }, metadata, reason: step.decision.reason };
          case 'ADOPT':
            return { type: 'AdoptPlan', data: { year, decision: toDecision(step.decision, people, commandId) }, metadata, reason: step.decision.reason };
          case 'AMEND':
            return {
              type: 'AmendPlan',
              data: { year, decision: toDecision(step.decision, people, commandId), amendment: step.amendment },
              metadata,
              reason: step.decision.reason,
            };
          case 'FOLLOW_UP':
            return {
              type: 'FollowUpPlan',
              data: {
                year,
                decision: toDecision(step.decision, people, commandId),
                summary: step.summary,
                indicatorResults: step.indicatorResults.map((r) => ({ ...r })),
              },
              metadata,
              reason: step.decision.reason,
            };
          case 'CLOSE':
            return { type: 'ClosePlan', data: { year, decision: toDecision(step.decision, people, commandId) }, metadata, reason: step.decision.reason };
          default: {
            const unknown: never = step;
            throw new Error(`Unknown demo plan step ${(unknown as { kind: string }).kind}`);
          }
        }
      });
    }
  }
  return list.map((step, index) => ({ step, index })).sort((a, b) => a.step.on.localeCompare(b.step.on) || a.index - b.index).map(({ step }) => step);
}

/** The command ids of the demo in the order they are sent, for tests. */
export function demoPlanCommandIds(): string[] {
  return steps(new Date()).map((s) => s.commandId);
}

/**
 * Loads the demo plans through the command path, as the steering group (the dev STEERING_GROUP
 * person), exactly as the GraphQL resolver sends plan commands. Idempotent: the fixed command ids
 * make a second run replay each command and append nothing, and the decision members' person ids
 * derive from those command ids, so the person directory gains no one either.
 */
export async function seedPlans(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const actor = devActor(persons, Role.STEERING_GROUP);
  for (const step of steps(new Date())) {
    const people: NamedPerson[] = [];
    const command = step.build(people);
    const context: CommandContext = { actor, commandId: step.commandId, correlationId: step.commandId, people };
    await commands.execute(new RunPlanCommand(command, context));
    onCommand();
  }
}

/** How many commands the plan demo takes, for a progress bar. */
export function planCommandCount(): number {
  return steps(new Date()).length;
}
