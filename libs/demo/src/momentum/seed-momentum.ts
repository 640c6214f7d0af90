import { Role } from '@samverkan/auth';
import { eventIdFor } from '@samverkan/core';
import { activityEndpoint, activityIdFor, ActivityRequest } from '@samverkan/momentum';
import { DemoSend, demoSender } from '../demo-send';
import { DEMO_PROJECT_ACTIVITIES, DemoParticipants } from './demo-momentum';

/** One request of the demo, with the stable key its command id derives from. */
interface Step {
  key: string;
  commandId: string;
  request: ActivityRequest;
}

const commandIdFor = (key: string) => eventIdFor(`demo:momentum:${key}`, 0);

/** The id the seed's demo activity gets: the endpoint mints it from the command id of its PlanActivity request. */
export const demoProjectActivityId = (activityKey: string) =>
  activityIdFor(commandIdFor(`activity:${activityKey}:plan`));

/** Who took part, as the GraphQL mutation gives it: the endpoint names the people. */
const participants = (given: DemoParticipants) => ({
  organisations: given.organisations.map((o) => ({
    organisation: o.organisation,
    participants: { ...o.participants },
  })),
  namedParticipants: given.named.map((p) => ({ ...p })),
});

/**
 * Every request of the demo, activity by activity in date order: planned, moved, held or
 * cancelled, participants (and a correction), evaluation. Every held day is stated and in the past.
 */
function steps(): Step[] {
  const list: Step[] = [];
  const step = (key: string, request: ActivityRequest) => list.push({ key, commandId: commandIdFor(key), request });

  for (const demo of DEMO_PROJECT_ACTIVITIES) {
    const { key, outcome } = demo;
    const activityId = demoProjectActivityId(key);
    step(`activity:${key}:plan`, {
      type: 'PlanActivity',
      data: {
        kind: demo.kind,
        title: demo.title,
        organiser: demo.organiser,
        date: demo.movedFrom ?? demo.date,
        place: demo.place,
        ...(demo.country ? { country: demo.country } : {}),
        ...(demo.region ? { region: demo.region } : {}),
        expectedParticipants: demo.expectedParticipants,
      },
    });
    if (demo.movedFrom)
      step(`activity:${key}:reschedule`, { type: 'RescheduleActivity', data: { activityId, date: demo.date } });
    if (outcome.kind === 'CANCELLED')
      step(`activity:${key}:cancel`, { type: 'CancelActivity', data: { activityId }, reason: outcome.reason });
    if (outcome.kind !== 'HELD') continue;
    step(`activity:${key}:hold`, {
      type: 'HoldActivity',
      data: { activityId, heldOn: outcome.heldOn, summary: outcome.summary },
    });
    step(`activity:${key}:participants`, {
      type: 'RecordParticipants',
      data: { activityId, ...participants(outcome.participants) },
    });
    const { correction, evaluation } = outcome;
    if (correction) {
      const data = { activityId, ...participants(correction.participants) };
      step(`activity:${key}:participants:correction`, { type: 'RecordParticipants', data, reason: correction.reason });
    }
    if (evaluation) {
      step(`activity:${key}:evaluate`, {
        type: 'ReportEvaluation',
        data: { activityId, scale: evaluation.scale, respondents: evaluation.respondents },
      });
    }
  }
  return list;
}

/**
 * Loads the Momentum activities demo through the activities' endpoint, as the dev steering-group
 * person (project staff). Participating employers are the forums demo's, but nothing here reads
 * the forums' streams, so the order of seeding does not matter. Every command id derives from a
 * demo key, so a second run replays each request and appends nothing.
 */
export async function seedMomentum(demo: DemoSend, onCommand: () => void = () => undefined): Promise<void> {
  const sender = demoSender(demo, Role.STEERING_GROUP);
  for (const step of steps()) {
    await demo.send(
      activityEndpoint,
      step.request,
      { ...sender, correlationId: step.commandId },
      { commandId: step.commandId },
    );
    onCommand();
  }
}

/** The command ids of the demo in the order they are sent, for tests. */
export function demoMomentumCommandIds(): string[] {
  return steps().map((s) => s.commandId);
}

/** How many commands the Momentum demo takes, for a progress bar. */
export function momentumCommandCount(): number {
  return steps().length;
}
