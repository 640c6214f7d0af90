export {
  DEMO_PLANS,
  DEMO_STEERING_GROUP,
  demoDecisions,
  demoPlan,
  demoPlanOutcome,
  demoSteeringMember,
} from './demo-plan';
export type { DemoDecision, DemoPlan, DemoPlanStep, DemoSteeringMember } from './demo-plan';
export { demoPlanCommandIds, demoPlanStepKey, planCommandCount, seedPlans } from './seed-plan';
