import { entityDecider, handled, ModuleEvents, stated, streamOfCategory } from '@samverkan/core/domain';
import { decide } from './plan.decide';
import { planEventDefinitions } from './plan.events';
import { evolve } from './plan.state';

export { decide } from './plan.decide';
export { evolve } from './plan.state';
export type { ActivityState, ExistingPlan, PlanState } from './plan.state';

/** One plan per year. */
export const planStream = streamOfCategory<number>('plan');

export const planDecider = entityDecider(evolve, decide, {
  DraftPlan: handled,
  AddActivity: handled,
  ChangeActivity: handled,
  RemoveActivity: handled,
  SubmitPlan: handled,
  RecordActivityProgress: handled,
  // The steering group's decisions happened when it decided, not when they were registered.
  ReturnPlanToDraft: stated('decision.decidedAt'),
  AdoptPlan: stated('decision.decidedAt'),
  AmendPlan: stated('decision.decidedAt'),
  FollowUpPlan: stated('decision.decidedAt'),
  ClosePlan: stated('decision.decidedAt'),
});

/** What the plan module registers in the event catalog. */
export const planModuleEvents: ModuleEvents = {
  module: 'plan',
  categories: ['plan'],
  definitions: planEventDefinitions,
  evolvers: { plan: planDecider },
  // The steering group's decisions on the plan govern Momentum's work too: auditors find them in the ESF report.
  esfDecisions: true,
};
