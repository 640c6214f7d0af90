import { randomUUID } from 'node:crypto';
import { InputValidationError, PersonDirectory } from '@samverkan/core';
import { ActivityChanges, PlanActivity, RequestedAmendment } from '../domain';
import { NamedDecision } from '../application/plan.endpoint';
import { StoredPlanView } from '../application/plan.handlers';
import { planStream } from '../domain';
import {
  ActivityChangesInput,
  AmendCollaborationPlanInput,
  PlanActivityInput,
  SteeringGroupDecisionInput,
} from './plan.inputs';
import { CollaborationPlanType } from './plan.types';

export function toActivity(input: PlanActivityInput): PlanActivity {
  return {
    // A new id is minted here, outside the domain, so that decide stays deterministic.
    activityId: input.activityId ?? `act-${randomUUID().slice(0, 8)}`,
    title: input.title,
    area: input.area,
    owner: input.owner,
    ...(input.region ? { region: input.region } : {}),
    dueDate: input.dueDate,
    indicators: input.indicators ?? [],
  };
}

export function toChanges(input: ActivityChangesInput): ActivityChanges {
  const changes: ActivityChanges = {
    title: input.title,
    area: input.area,
    owner: input.owner,
    region: input.clearRegion ? null : input.region,
    dueDate: input.dueDate,
    indicators: input.indicators,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as ActivityChanges;
}

/**
 * The decision keeps its members' ids (derived from the command id); their names come back as the
 * people for the command context, which the pipeline writes to the person directory after the append.
 */
/** The decision as the minutes give it; the endpoint turns its members into person ids. */
export function toDecision(input: SteeringGroupDecisionInput): NamedDecision {
  const members = input.decidedBy.map((m) => ({ name: m.name, organisation: m.organisation }));
  return {
    decisionId: input.decisionId,
    decidedAt: input.decidedAt.toISOString(),
    members,
    what: input.what,
    minutesReference: input.minutesReference,
  };
}

export function toAmendment(input: AmendCollaborationPlanInput): RequestedAmendment {
  const given = [input.addActivity, input.changeActivity, input.cancelActivityId].filter(
    (v) => v !== undefined && v !== null,
  );
  if (given.length !== 1) {
    throw new InputValidationError([
      { field: 'addActivity', messages: ['give exactly one of addActivity, changeActivity and cancelActivityId'] },
    ]);
  }
  if (input.addActivity) return { kind: 'ADD_ACTIVITY', activity: toActivity(input.addActivity) };
  if (input.changeActivity) {
    return {
      kind: 'CHANGE_ACTIVITY',
      activityId: input.changeActivity.activityId,
      changes: toChanges(input.changeActivity.changes),
    };
  }
  return { kind: 'CANCEL_ACTIVITY', activityId: input.cancelActivityId! };
}

export function toPlanType({ view, revision }: StoredPlanView, persons: PersonDirectory): CollaborationPlanType {
  return {
    ...view,
    stream: planStream(view.year),
    revision,
    diaryNumbers: { av: view.diaryNumbers.av ?? null, fk: view.diaryNumbers.fk ?? null },
    activities: view.activities.map((a) => ({
      ...a,
      region: a.region ?? null,
      progress: a.progress.map((p) => ({ ...p, recordedAt: new Date(p.recordedAt) })),
    })),
    decisions: view.decisions.map((d) => ({
      ...d,
      decidedAt: new Date(d.decidedAt),
      decidedBy: d.decidedBy.map((m) => ({ ...m, name: persons.displayName(m.personId) })),
    })),
    createdAt: new Date(view.createdAt),
    updatedAt: new Date(view.updatedAt),
  };
}
