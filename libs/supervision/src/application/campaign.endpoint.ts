import { commandEndpoint, PlainRequest, plainCommand, PrepareTools, Prepared } from '@samverkan/core';
import {
  CampaignCommand, campaignDecider, campaignStream, ChangeCampaignSectors, ConcludeCampaign, EvaluateCampaign, InspectionRecorded,
  inspectionDecider, InspectionStanding, inspectionStream, IsoDate, LaunchCampaign, PlanCampaign, stockholmDate,
} from '../domain';
import { campaignIdFor } from './supervision.ids';

/** A request whose world date may be left out: it is then the day the request is handled. */
type OnDay<C extends CampaignCommand, K extends keyof C['data']> = Omit<C, 'metadata' | 'data'> & {
  data: Omit<C['data'], K> & { [D in K]?: IsoDate };
};

export type CampaignRequest =
  /** The campaign's id follows from the command id (`campaignIdFor`). */
  | (Omit<PlanCampaign, 'metadata' | 'data'> & { data: Omit<PlanCampaign['data'], 'campaignId'> })
  | PlainRequest<ChangeCampaignSectors>
  | OnDay<LaunchCampaign, 'launchedOn'>
  /** Where each of the campaign's inspections stands is read from their streams. */
  | (Omit<ConcludeCampaign, 'metadata' | 'data'> & { data: Omit<ConcludeCampaign['data'], 'inspections' | 'concludedOn'> & { concludedOn?: IsoDate } })
  | OnDay<EvaluateCampaign, 'evaluatedOn'>;

/** A joint supervision campaign's way in. Concluding reads where each of its inspections stands. */
export const campaignEndpoint = commandEndpoint({
  name: 'campaign',
  decider: campaignDecider,
  streamOf: (command: CampaignCommand) => campaignStream(command.data.campaignId),
  async prepare(request: CampaignRequest, tools): Promise<Prepared<CampaignCommand>> {
    const { metadata } = tools;
    const today = stockholmDate(metadata.now);
    switch (request.type) {
      case 'PlanCampaign':
        return { command: { ...request, data: { ...request.data, campaignId: campaignIdFor(tools.commandId) }, metadata } };
      case 'ChangeCampaignSectors':
        return { command: plainCommand<CampaignCommand>(request, tools) };
      case 'LaunchCampaign':
        return { command: { ...request, data: { ...request.data, launchedOn: request.data.launchedOn ?? today }, metadata } };
      case 'ConcludeCampaign': {
        const inspections = await inspectionsOf(request.data.campaignId, tools);
        return { command: { ...request, data: { ...request.data, concludedOn: request.data.concludedOn ?? today, inspections }, metadata } };
      }
      case 'EvaluateCampaign':
        return { command: { ...request, data: { ...request.data, evaluatedOn: request.data.evaluatedOn ?? today }, metadata } };
    }
  },
});

/** Where each inspection of the campaign stands, in the order they were recorded. */
async function inspectionsOf(campaignId: string, tools: PrepareTools): Promise<InspectionStanding[]> {
  const recorded = await tools.scan<InspectionRecorded>('inspection', ['InspectionRecorded']);
  const ids = recorded.filter((event) => event.data.campaignId === campaignId).map((event) => event.data.inspectionId);
  const states = await Promise.all(ids.map(async (id) => (await tools.load(inspectionStream(id), inspectionDecider)).state));
  return states.flatMap((state) => (state.status === 'NONE' ? [] : [{ inspectionId: state.inspectionId, status: state.status }]));
}
