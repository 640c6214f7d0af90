import {
  DatedRequest,
  entityEndpoint,
  onTheDay,
  PlainRequest,
  PrepareTools,
  RequestWithout,
  steps,
} from '@samverkan/core';
import {
  CampaignCommand,
  campaignDecider,
  campaignStream,
  inspectionDecider,
  InspectionEvent,
  InspectionStanding,
  inspectionStream,
} from '../domain';
import { campaignIdFor } from './supervision.ids';

export type CampaignRequest =
  /** The campaign's id follows from the command id (`campaignIdFor`). */
  | RequestWithout<CampaignCommand<'PlanCampaign'>, 'campaignId'>
  | PlainRequest<CampaignCommand<'ChangeCampaignSectors'>>
  | DatedRequest<CampaignCommand<'LaunchCampaign'>, 'launchedOn'>
  /** Where each of the campaign's inspections stands is read from their streams. */
  | DatedRequest<RequestWithout<CampaignCommand<'ConcludeCampaign'>, 'inspections'>, 'concludedOn'>
  | DatedRequest<CampaignCommand<'EvaluateCampaign'>, 'evaluatedOn'>;

/** A joint supervision campaign's way in. Concluding reads where each of its inspections stands. */
export const campaignEndpoint = entityEndpoint(campaignDecider, campaignStream, 'campaignId').byType<CampaignRequest>({
  PlanCampaign: (request, tools) => ({
    command: steps.command(request, { ...request.data, campaignId: campaignIdFor(tools.commandId) }, tools),
  }),
  ChangeCampaignSectors: steps.plain,
  LaunchCampaign: steps.dated('launchedOn'),
  async ConcludeCampaign(request, tools) {
    const inspections = await inspectionsOf(request.data.campaignId, tools);
    return { command: onTheDay({ ...request, data: { ...request.data, inspections } }, 'concludedOn', tools) };
  },
  EvaluateCampaign: steps.dated('evaluatedOn'),
});

/** Where each inspection of the campaign stands, in the order they were recorded. */
async function inspectionsOf(campaignId: string, tools: PrepareTools): Promise<InspectionStanding[]> {
  const recorded = await tools.scan<InspectionEvent<'InspectionRecorded'>>('inspection', ['InspectionRecorded']);
  const ids = recorded.filter((event) => event.data.campaignId === campaignId).map((event) => event.data.inspectionId);
  const states = await Promise.all(
    ids.map(async (id) => (await tools.load(inspectionStream(id), inspectionDecider)).state),
  );
  return states.flatMap((state) =>
    state.status === 'NONE' ? [] : [{ inspectionId: state.inspectionId, status: state.status }],
  );
}
