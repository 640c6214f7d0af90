import { Role } from '@samverkan/auth';
import { eventIdFor } from '@samverkan/core';
import { activityEndpoint, activityIdFor, ActivityRequest } from '@samverkan/momentum';
import { DemoRequest, demoRequest, demoSeed } from '../demo-requests';
import { DEMO_PROJECT_ACTIVITIES, DemoParticipants } from './demo-momentum';

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
function steps(): DemoRequest[] {
  const list: DemoRequest[] = [];
  // Every command id derives from a stable key.
  const step = (key: string, request: ActivityRequest) =>
    list.push(demoRequest(commandIdFor(key), Role.STEERING_GROUP, activityEndpoint, request));

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

const seed = demoSeed(steps);

/**
 * Loads the Momentum activities demo through the activities' endpoint, as the dev steering-group
 * person (project staff). Participating employers are the forums demo's, but nothing here reads
 * the forums' streams, so the order of seeding does not matter. Every command id derives from a
 * demo key, so a second run replays each request and appends nothing.
 */
export const seedMomentum = seed.send;
export const demoMomentumCommandIds = seed.commandIds;
export const momentumCommandCount = seed.count;
