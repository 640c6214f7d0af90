import { devPerson, Role } from '@samverkan/auth';
import { eventIdFor } from '@samverkan/core';
import {
  Agency,
  dialogueMeetingEndpoint,
  dialogueMeetingIdFor,
  DialogueMeetingRequest,
  dialogueOutcomeIdFor,
  selectionEndpoint,
  selectionIdFor,
  SelectionRequest,
} from '@samverkan/dialogue';
import { DemoRequest, demoRequest, demoSeed } from '../demo-requests';
import { demoInspectionId } from '../supervision';
import { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS, DemoDialogueActor, DemoDialogueMeeting } from './demo-dialogues';

const ROLES: Record<DemoDialogueActor, Role> = {
  officer: Role.COLLABORATION_OFFICER,
  inspector: Role.AV_INSPECTOR,
  steering: Role.STEERING_GROUP,
};

const commandIdFor = (key: string) => eventIdFor(`demo:dialogue:${key}`, 0);

/** The id the seed gives a demo dialogue meeting: the endpoint's, from the command id of its PlanDialogueMeeting request. */
export const demoDialogueMeetingId = (meetingKey: string) =>
  dialogueMeetingIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the seed gives the n-th outcome of a demo dialogue meeting: the endpoint's, from its RecordDialogueOutcomes request. */
export const demoDialogueOutcomeId = (meetingKey: string, index: number) =>
  dialogueOutcomeIdFor(commandIdFor(`meeting:${meetingKey}:outcomes`), index);

/** The agency a dev person takes part for (the steering group's dev person is FK's). */
const agencyOf = (by: DemoDialogueActor) => devPerson(ROLES[by]).organisation as Agency;

/**
 * Every request of the demo in order: the selections (each area and year), then the deselections,
 * then the meetings by planned date: planned, participants recorded, held or cancelled, outcomes
 * and their follow-ups. Only still-planned meetings lie ahead of the day the demo is written for.
 */
function steps(): DemoRequest[] {
  const list: DemoRequest[] = [];
  const selection = (key: string, by: DemoDialogueActor, request: SelectionRequest) =>
    list.push(demoRequest(commandIdFor(key), ROLES[by], selectionEndpoint, request));

  for (const { area, year, selected } of DEMO_SELECTIONS) {
    for (const { employer, reason, by } of selected) {
      const data = { area, year, employer: { ...employer, criteria: employer.criteria.map((c) => ({ ...c })) } };
      selection(`selection:${selectionIdFor(area, year)}:select:${employer.organisationNumber}`, by, {
        type: 'SelectEmployer',
        data,
        reason,
      });
    }
  }
  for (const { area, year, deselected } of DEMO_SELECTIONS) {
    for (const { organisationNumber, reason, by } of deselected) {
      const data = { area, year, organisationNumber };
      selection(`selection:${selectionIdFor(area, year)}:deselect:${organisationNumber}`, by, {
        type: 'DeselectEmployer',
        data,
        reason,
      });
    }
  }
  for (const meeting of DEMO_DIALOGUE_MEETINGS) list.push(...meetingSteps(meeting));
  return list;
}

function meetingSteps(meeting: DemoDialogueMeeting): DemoRequest[] {
  const { key } = meeting;
  const meetingId = demoDialogueMeetingId(key);
  const list: DemoRequest[] = [];
  const step = (part: string, request: DialogueMeetingRequest, by: DemoDialogueActor = meeting.by) =>
    list.push(demoRequest(commandIdFor(`meeting:${key}:${part}`), ROLES[by], dialogueMeetingEndpoint, request));

  const topics = meeting.topics.map((t) => ({
    title: t.title,
    ...(t.citesInspection ? { citedInspectionId: demoInspectionId(t.citesInspection) } : {}),
  }));
  const { area, kind, plannedOn } = meeting;
  const plan = {
    area,
    kind,
    employers: meeting.employers.map((e) => ({ ...e })),
    plannedOn,
    audiences: [...meeting.audiences],
    topics,
  };
  step('plan', { type: 'PlanDialogueMeeting', data: plan });
  meeting.participations.forEach(({ by, colleagues }, index) => {
    // The sender takes part (includeMe), with colleagues of the same agency.
    const others = colleagues.map((name) => ({ name, agency: agencyOf(by) }));
    step(
      `participants:${index}`,
      { type: 'RecordDialogueParticipants', data: { meetingId, includeMe: true, others } },
      by,
    );
  });
  const { end } = meeting;
  if (end.kind === 'CANCELLED') {
    step('cancel', { type: 'CancelDialogueMeeting', data: { meetingId }, reason: end.reason });
  } else if (end.kind === 'HELD') {
    step('hold', {
      type: 'HoldDialogueMeeting',
      data: { meetingId, heldOn: end.heldOn, employerParticipants: end.employerParticipants },
    });
    const outcomes = end.outcomes.map((o) => ({
      description: o.description,
      ...(o.followUpBy ? { followUpBy: o.followUpBy } : {}),
    }));
    step('outcomes', {
      type: 'RecordDialogueOutcomes',
      data: { meetingId, outcomes, recordedOn: end.outcomesRecordedOn },
    });
    end.followUps.forEach(({ outcome, followedUpOn, note, done }, index) => {
      const data = { meetingId, outcomeId: demoDialogueOutcomeId(key, outcome), followedUpOn, note, done };
      step(`follow-up:${index}`, { type: 'RecordDialogueFollowUp', data });
    });
  }
  return list;
}

export const dialogueSeed = demoSeed(steps);

/**
 * Loads the dialogue demo through the dialogue endpoints, as the dev-token people: FK's
 * collaboration officer and AV's inspector select employers and run the targeted dialogues, the
 * steering group plans and holds the leadership dialogue. Topics cite inspections of the joint
 * supervision demo, so seed supervision first. Every command id derives from a demo key, so a
 * second run replays each request and appends nothing, and the colleagues it names keep the
 * person ids the endpoint derives from those command ids.
 */
export const seedDialogue = dialogueSeed.send;
export const dialogueCommandCount = dialogueSeed.count;
export const demoDialogueCommandIds = dialogueSeed.commandIds;
