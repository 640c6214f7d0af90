import { Role } from '@samverkan/auth';
import {
  assertConfiguredRegion,
  DatedRequest,
  entityEndpoint,
  ForbiddenError,
  NamedPerson,
  normalisedOrganisationNumber,
  onTheDay,
  PlainRequest,
  PrepareTools,
  RequestWith,
  Sender,
  steps,
} from '@samverkan/core';
import { inspectionDecider, inspectionStream } from '@samverkan/supervision';
import {
  Agency,
  AgencyParticipant,
  CitedInspection,
  DialogueMeetingCommand,
  dialogueMeetingDecider,
  dialogueMeetingStream,
  DialogueOutcome,
  selectionDecider,
  selectionIdFor,
  selectionStream,
} from '../domain';
import { dialogueMeetingIdFor, dialogueOutcomeIdFor, dialogueParticipantId } from './dialogue.ids';

/** FK's collaboration officers and AV's inspectors run the dialogues together; the steering group holds the leadership dialogue. */
export const DIALOGUE_ROLES = [Role.COLLABORATION_OFFICER, Role.AV_INSPECTOR];

/** A meeting as planned: who is selected in the area, and the inspections its topics cite, are read here. */
export type MeetingPlan = Omit<
  DialogueMeetingCommand<'PlanDialogueMeeting'>['data'],
  'meetingId' | 'selectedInArea' | 'citedInspections'
>;

/** The staff taking part: the sender if `includeMe` (for FK or AV), and colleagues by name. */
export interface ParticipantsReport {
  meetingId: string;
  includeMe: boolean;
  others: readonly { name: string; agency: Agency }[];
}

/** The outcomes as described; each one's id follows from the command id (`dialogueOutcomeIdFor`). */
type DescribedOutcomes = Omit<DialogueMeetingCommand<'RecordDialogueOutcomes'>['data'], 'outcomes'> & {
  outcomes: readonly Omit<DialogueOutcome, 'outcomeId'>[];
};

export type DialogueMeetingRequest =
  | RequestWith<DialogueMeetingCommand<'PlanDialogueMeeting'>, MeetingPlan>
  | RequestWith<DialogueMeetingCommand<'RecordDialogueParticipants'>, ParticipantsReport>
  | DatedRequest<DialogueMeetingCommand<'HoldDialogueMeeting'>, 'heldOn'>
  | PlainRequest<DialogueMeetingCommand<'CancelDialogueMeeting'>>
  | DatedRequest<RequestWith<DialogueMeetingCommand<'RecordDialogueOutcomes'>, DescribedOutcomes>, 'recordedOn'>
  | DatedRequest<DialogueMeetingCommand<'RecordDialogueFollowUp'>, 'followedUpOn'>;

/**
 * A dialogue meeting's way in. Planning checks who may plan which kind and the area, and reads
 * who is selected in the area that year and the joint supervision inspections the topics cite;
 * colleagues named as participants reach the person directory once they are recorded.
 */
export const dialogueMeetingEndpoint = entityEndpoint(
  dialogueMeetingDecider,
  dialogueMeetingStream,
  'meetingId',
).byType<DialogueMeetingRequest>({
  async PlanDialogueMeeting(request, tools) {
    return { command: steps.command(request, await plannedMeeting(request.data, tools), tools) };
  },
  RecordDialogueParticipants(request, tools) {
    const { meetingId, includeMe, others } = request.data;
    const people: NamedPerson[] = others.map((p, index) => ({
      id: dialogueParticipantId(tools.commandId, index),
      fields: { name: p.name, organisation: p.agency },
    }));
    const participants = [
      ...me(tools.sender, includeMe),
      ...others.map((p, index) => ({ personId: people[index].id, agency: p.agency })),
    ];
    return { command: steps.command(request, { meetingId, participants }, tools), people };
  },
  HoldDialogueMeeting: steps.dated('heldOn'),
  CancelDialogueMeeting: steps.plain,
  RecordDialogueOutcomes(request, tools) {
    const outcomes = request.data.outcomes.map((o, index) => ({
      ...o,
      outcomeId: dialogueOutcomeIdFor(tools.commandId, index),
    }));
    return { command: onTheDay({ ...request, data: { ...request.data, outcomes } }, 'recordedOn', tools) };
  },
  RecordDialogueFollowUp: steps.dated('followedUpOn'),
});

async function plannedMeeting(
  plan: MeetingPlan,
  tools: PrepareTools,
): Promise<DialogueMeetingCommand<'PlanDialogueMeeting'>['data']> {
  const { role } = tools.sender.actor;
  if (role === Role.STEERING_GROUP && plan.kind !== 'LEADERSHIP') {
    throw new ForbiddenError(
      DIALOGUE_ROLES,
      role,
      'The steering group plans leadership dialogues; targeted ones are the agencies’ staff’s',
    );
  }
  assertConfiguredRegion(tools, plan.area, 'area');
  const year = Number(plan.plannedOn.slice(0, 4));
  const selection = await tools.load(selectionStream(selectionIdFor(plan.area, year)), selectionDecider);
  const selectedInArea = selection.state.status === 'NONE' ? [] : Object.keys(selection.state.employers);
  const cited = [...new Set(plan.topics.flatMap((t) => (t.citedInspectionId ? [t.citedInspectionId] : [])))];
  const citedInspections = await Promise.all(cited.map((id) => citedInspection(id, tools)));
  const employers = plan.employers.map((e) => ({
    organisationNumber: normalisedOrganisationNumber(e.organisationNumber),
    name: e.name,
  }));
  return { ...plan, meetingId: dialogueMeetingIdFor(tools.commandId), employers, selectedInArea, citedInspections };
}

/** The inspection as supervision's own events tell it; one not found is for the decider to refuse. */
async function citedInspection(inspectionId: string, tools: PrepareTools): Promise<CitedInspection> {
  const { state } = await tools.load(inspectionStream(inspectionId), inspectionDecider);
  return state.status === 'NONE'
    ? { inspectionId, exists: false, principalOrganisationNumber: '' }
    : { inspectionId, exists: true, principalOrganisationNumber: state.principal.organisationNumber };
}

/** The sender takes part for its agency; only FK's and AV's staff can. */
function me({ actor }: Sender, includeMe: boolean): AgencyParticipant[] {
  return includeMe && (actor.organisation === 'FK' || actor.organisation === 'AV')
    ? [{ personId: actor.id, agency: actor.organisation }]
    : [];
}
