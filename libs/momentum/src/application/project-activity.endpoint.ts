import {
  assertConfiguredRegion,
  DatedRequest,
  entityEndpoint,
  entityIdFor,
  PlainRequest,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { ActivityCommand, activityDecider, activityStream } from '../domain';
import { normalisedParticipantOrganisation } from './participant-organisation';

/** An activity to plan: the endpoint mints its id from the command id. */
export type PlanActivityRequest = RequestWithout<ActivityCommand<'PlanActivity'>, 'activityId'>;

/** The day it was held may be left out: today. */
export type HoldActivityRequest = DatedRequest<ActivityCommand<'HoldActivity'>, 'heldOn'>;

/** A named participant as given: the name and e-mail go to the person directory only. */
export interface ParticipantRequest {
  name: string;
  organisation: string;
  email?: string | null;
}

/** Who took part: organisations as typed (agency codes or organisation numbers, normalised here), and named people. */
export type RecordParticipantsRequest = RequestWith<
  ActivityCommand<'RecordParticipants'>,
  Omit<ActivityCommand<'RecordParticipants'>['data'], 'namedParticipants'> & {
    namedParticipants: readonly ParticipantRequest[];
  }
>;

export type ActivityRequest =
  | PlanActivityRequest
  | PlainRequest<ActivityCommand<'RescheduleActivity'>>
  | HoldActivityRequest
  | RecordParticipantsRequest
  | PlainRequest<ActivityCommand<'CancelActivity'>>
  | PlainRequest<ActivityCommand<'ReportEvaluation'>>;

/** The id of the activity a PlanActivity request plans: the endpoint mints it so, the demo reads it so. */
export const activityIdFor = (commandId: string): string => entityIdFor(commandId);

/** The person id of the index-th named participant of a request: derived from the command id, so a retry names the same person. */
export const namedParticipantId = (commandId: string, index: number): string =>
  `person-${entityIdFor(commandId, `participant-${index}`)}`;

/**
 * A project activity's way in: a conference, training, web training or study visit. A region must
 * be one of the configured ones (configuration, so an input error); named participants get person
 * ids derived from the command id and are written once the list is stored.
 */
export const activityEndpoint = entityEndpoint(activityDecider, activityStream, 'activityId').byType<ActivityRequest>({
  PlanActivity(request, tools) {
    if (request.data.region !== undefined) assertConfiguredRegion(tools, request.data.region.trim());
    return {
      command: steps.command(request, { ...request.data, activityId: activityIdFor(tools.commandId) }, tools),
    };
  },
  RescheduleActivity: steps.plain,
  HoldActivity: steps.dated('heldOn'),
  RecordParticipants(request, tools) {
    const { activityId, organisations, namedParticipants } = request.data;
    const people = namedParticipants.map((p, index) => ({
      id: namedParticipantId(tools.commandId, index),
      fields: { name: p.name, email: p.email ?? null, organisation: p.organisation },
    }));
    const data = {
      activityId,
      organisations: organisations.map((o) => ({
        organisation: normalisedParticipantOrganisation(o.organisation),
        participants: o.participants,
      })),
      namedParticipants: namedParticipants.map((p, index) => ({
        personId: people[index].id,
        organisation: p.organisation,
      })),
    };
    return { command: steps.command(request, data, tools), people };
  },
  CancelActivity: steps.plain,
  ReportEvaluation: steps.plain,
});
