import {
  assertConfiguredRegion,
  DatedRequest,
  entityEndpoint,
  loadExisting,
  NamedPerson,
  normalisedOrganisationNumber,
  onTheDay,
  PlainRequest,
  Prepared,
  PrepareTools,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import {
  BasisInspection,
  campaignDecider,
  CampaignStanding,
  campaignStream,
  InspectionCommand,
  inspectionDecider,
  inspectionStream,
} from '../domain';
import { inspectionIdFor, otherFkParticipantId, otherInspectorId, requirementIdFor } from './supervision.ids';

/** An inspection as AV reports it: the campaign and the basis by id, colleagues by name; the sender is its first inspector. */
export type InspectionReport = Omit<
  InspectionCommand<'RecordInspection'>['data'],
  'inspectionId' | 'campaign' | 'basis' | 'inspectorIds'
> & {
  campaignId: string;
  /** Other AV inspectors, by name: personal data, kept in the person directory only. */
  otherInspectors: readonly string[];
  /** At principal level: the earlier workplace inspection it builds on. */
  basedOnInspectionId?: string;
};

/** FK's participation as reported: the sender took part, with these colleagues by name. */
export type FkParticipationReport = Omit<InspectionCommand<'RecordFkParticipation'>['data'], 'participantIds'> & {
  otherParticipants: readonly string[];
};

export type InspectionRequest =
  | RequestWith<InspectionCommand<'RecordInspection'>, InspectionReport>
  | RequestWith<InspectionCommand<'RecordFkParticipation'>, FkParticipationReport>
  | PlainRequest<InspectionCommand<'RecordFindings'> | InspectionCommand<'CarryOverInspection'>>
  /** The requirement's id follows from the command id (`requirementIdFor`). */
  | DatedRequest<RequestWithout<InspectionCommand<'IssueRequirement'>, 'requirementId'>, 'issuedOn'>
  | DatedRequest<InspectionCommand<'RecordFollowUp'>, 'followedUpOn'>
  | DatedRequest<InspectionCommand<'CloseInspection'>, 'closedOn'>;

/**
 * An inspection's way in. Recording one checks the region, reads its campaign and, at principal
 * level, the workplace inspection it builds on; the colleagues a request names get person ids
 * from the command id and reach the person directory once the event is stored.
 */
export const inspectionEndpoint = entityEndpoint(
  inspectionDecider,
  inspectionStream,
  'inspectionId',
).byType<InspectionRequest>({
  RecordInspection: recordInspection,
  RecordFkParticipation(request, tools) {
    const { otherParticipants, ...data } = request.data;
    const people = named(otherParticipants, (index) => otherFkParticipantId(tools.commandId, index), 'FK');
    const participantIds = [tools.sender.actor.id, ...people.map((p) => p.id)];
    return { command: steps.command(request, { ...data, participantIds }, tools), people };
  },
  RecordFindings: steps.plain,
  CarryOverInspection: steps.plain,
  IssueRequirement(request, tools) {
    const data = { ...request.data, requirementId: requirementIdFor(tools.commandId) };
    return { command: onTheDay({ ...request, data }, 'issuedOn', tools) };
  },
  RecordFollowUp: steps.dated('followedUpOn'),
  CloseInspection: steps.dated('closedOn'),
});

async function recordInspection(
  request: RequestWith<InspectionCommand<'RecordInspection'>, InspectionReport>,
  tools: PrepareTools,
): Promise<Prepared<InspectionCommand<'RecordInspection'>>> {
  const { campaignId, otherInspectors, basedOnInspectionId, principal, ...report } = request.data;
  assertConfiguredRegion(tools, report.region);
  const campaign = await campaignStanding(campaignId, tools);
  const basis = basedOnInspectionId === undefined ? undefined : await basisInspection(basedOnInspectionId, tools);
  const people = named(otherInspectors, (index) => otherInspectorId(tools.commandId, index), 'AV');
  const data: InspectionCommand<'RecordInspection'>['data'] = {
    ...report,
    inspectionId: inspectionIdFor(tools.commandId),
    campaign,
    principal: { organisationNumber: normalisedOrganisationNumber(principal.organisationNumber), name: principal.name },
    inspectorIds: [tools.sender.actor.id, ...people.map((p) => p.id)],
    ...(basis ? { basis } : {}),
  };
  return { command: steps.command(request, data, tools), people };
}

function named(names: readonly string[], idOf: (index: number) => string, organisation: string): NamedPerson[] {
  return names.map((name, index) => ({ id: idOf(index), fields: { name, organisation } }));
}

async function campaignStanding(campaignId: string, tools: PrepareTools): Promise<CampaignStanding> {
  const state = await loadExisting(tools, campaignStream(campaignId), campaignDecider, {
    entity: 'Campaign',
    id: campaignId,
  });
  return { campaignId, status: state.status, period: state.period, sectorsByYear: state.sectorsByYear };
}

/** The earlier inspection as its own events tell it; one not found is for the decider to refuse. */
async function basisInspection(inspectionId: string, tools: PrepareTools): Promise<BasisInspection> {
  const { state } = await tools.load(inspectionStream(inspectionId), inspectionDecider);
  if (state.status === 'NONE') {
    return {
      inspectionId,
      exists: false,
      campaignId: '',
      level: 'WORKPLACE',
      principalOrganisationNumber: '',
      inspectedOn: '',
      systemDeficiencies: false,
    };
  }
  const { campaignId, level, principal, inspectedOn, systemDeficiencies } = state;
  return {
    inspectionId,
    exists: true,
    campaignId,
    level,
    principalOrganisationNumber: principal.organisationNumber,
    inspectedOn,
    systemDeficiencies,
  };
}
