import {
  commandEndpoint,
  DatedRequest,
  onTheDay,
  PlainRequest,
  plainCommand,
  PrepareTools,
  Prepared,
} from '@samverkan/core';
import {
  CampaignCommand,
  campaignDecider,
  campaignStream,
  ChangeCampaignSectors,
  ConcludeCampaign,
  EvaluateCampaign,
  InspectionRecorded,
  inspectionDecider,
  InspectionStanding,
  inspectionStream,
  LaunchCampaign,
  PlanCampaign,
} from '../domain';
import { campaignIdFor } from './supervision.ids';

export type CampaignRequest =
  /** The campaign's id follows from the command id (`campaignIdFor`). */
  | (Omit<PlanCampaign, 'metadata' | 'data'> & { data: Omit<PlanCampaign['data'], 'campaignId'> })
  | PlainRequest<ChangeCampaignSectors>
  | DatedRequest<LaunchCampaign, 'launchedOn'>
  /** Where each of the campaign's inspections stands is read from their streams. */
  | DatedRequest<
      Omit<ConcludeCampaign, 'data'> & { data: Omit<ConcludeCampaign['data'], 'inspections'> },
      'concludedOn'
    >
  | DatedRequest<EvaluateCampaign, 'evaluatedOn'>;

/** A joint supervision campaign's way in. Concluding reads where each of its inspections stands. */
export const campaignEndpoint = commandEndpoint({
  name: 'campaign',
  decider: campaignDecider,
  streamOf: (command: CampaignCommand) => campaignStream(command.data.campaignId),
  async prepare(request: CampaignRequest, tools): Promise<Prepared<CampaignCommand>> {
    switch (request.type) {
      case 'PlanCampaign':
        return {
          command: {
            ...request,
            data: { ...request.data, campaignId: campaignIdFor(tools.commandId) },
            metadata: tools.metadata,
          },
        };
      case 'ChangeCampaignSectors':
        return { command: plainCommand<CampaignCommand>(request, tools) };
      case 'LaunchCampaign':
        return { command: onTheDay(request, 'launchedOn', tools) };
      case 'ConcludeCampaign': {
        const inspections = await inspectionsOf(request.data.campaignId, tools);
        return { command: onTheDay({ ...request, data: { ...request.data, inspections } }, 'concludedOn', tools) };
      }
      case 'EvaluateCampaign':
        return { command: onTheDay(request, 'evaluatedOn', tools) };
    }
  },
});

/** Where each inspection of the campaign stands, in the order they were recorded. */
async function inspectionsOf(campaignId: string, tools: PrepareTools): Promise<InspectionStanding[]> {
  const recorded = await tools.scan<InspectionRecorded>('inspection', ['InspectionRecorded']);
  const ids = recorded.filter((event) => event.data.campaignId === campaignId).map((event) => event.data.inspectionId);
  const states = await Promise.all(
    ids.map(async (id) => (await tools.load(inspectionStream(id), inspectionDecider)).state),
  );
  return states.flatMap((state) =>
    state.status === 'NONE' ? [] : [{ inspectionId: state.inspectionId, status: state.status }],
  );
}
