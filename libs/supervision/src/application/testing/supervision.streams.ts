import { GivenStream } from '@samverkan/core/testing/endpoint-specification';
import { CampaignEvent, campaignStream, InspectionEvent, inspectionStream } from '../../domain';
import { HEALTHY_ID, WELFARE_ID, workplaceInspected } from '../../domain/testing/supervision.fixtures';

/** A campaign's stream as given (the welfare campaign unless another id is named). */
export const campaign = (events: CampaignEvent[], campaignId = WELFARE_ID): GivenStream => ({
  stream: campaignStream(campaignId),
  events,
});

/** An inspection's stream as given; its id is the one its first event records. */
export const inspection = (events: InspectionEvent[]): GivenStream => ({
  stream: inspectionStream(events[0].data.inspectionId),
  events,
});

/** A workplace inspection like the fixtures', under another id and in the campaign named. */
export function anotherInspection(
  inspectionId: string,
  campaignId = WELFARE_ID,
): InspectionEvent<'InspectionRecorded'> {
  return { ...workplaceInspected, data: { ...workplaceInspected.data, inspectionId, campaignId } };
}

export { HEALTHY_ID, WELFARE_ID };
