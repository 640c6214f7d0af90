import { mutationAsking } from './command-mutation';
import { ok, TestApp } from './test-app';

const SG = 'STEERING_GROUP';
export const PLAN_ACTIVITY = mutationAsking('planProjectActivity', 'PlanProjectActivityInput', 'activity { id }');
export const HOLD_ACTIVITY = mutationAsking('holdProjectActivity', 'HoldProjectActivityInput', 'stream');
export const RECORD_PARTICIPANTS = mutationAsking(
  'recordProjectActivityParticipants',
  'RecordProjectActivityParticipantsInput',
  'stream',
);
export const CANCEL_ACTIVITY = mutationAsking('cancelProjectActivity', 'CancelProjectActivityInput', 'stream');

/** What a test says of a project activity; FK organises, in Stockholm, for 50, unless it says otherwise. */
export interface ActivityPlan {
  kind: string;
  title: string;
  date: string;
  place?: string;
  expectedParticipants?: number;
}

/** A project activity the steering group plans: its id. */
export async function plannedActivity(t: TestApp, plan: ActivityPlan): Promise<string> {
  const input = { organiser: 'FK', place: 'Stockholm', expectedParticipants: 50, ...plan };
  return (await ok(t.gql(SG, PLAN_ACTIVITY, { input }))).planProjectActivity.activity.id as string;
}

/** A project activity planned and held on its date: its id. */
export async function heldActivity(t: TestApp, plan: ActivityPlan, summary = 'Hölls.'): Promise<string> {
  const activityId = await plannedActivity(t, plan);
  await ok(t.gql(SG, HOLD_ACTIVITY, { input: { activityId, heldOn: plan.date, summary } }));
  return activityId;
}
