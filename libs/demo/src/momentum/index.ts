export { DEMO_PROJECT_ACTIVITIES, demoProjectActivity } from './demo-momentum';
export type {
  DemoActivityOutcome,
  DemoNamedParticipant,
  DemoParticipants,
  DemoParticipatingOrganisation,
  DemoProjectActivity,
} from './demo-momentum';
export { demoProjectActivityId, momentumCommandCount, seedMomentum } from './seed-momentum';
