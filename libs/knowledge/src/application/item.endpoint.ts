import {
  DatedRequest,
  entityEndpoint,
  ForbiddenError,
  onTheDay,
  PrepareTools,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { meetingDecider as forumMeetingDecider, meetingStream as forumMeetingStream } from '@samverkan/forums';
import {
  CitedGroupMeeting,
  groupDecider,
  groupStream,
  ItemCommand,
  itemDecider,
  itemStream,
  NATIONAL_GROUP_ID,
  PresentedAtForumMeeting,
} from '../domain';
import { knowledgeItemIdFor } from './knowledge.ids';

/** A proposal: the proposing organisation is the sender's, the group's members are read from its stream. */
export type ProposeItemRequest = DatedRequest<
  RequestWithout<ItemCommand<'ProposeItem'>, 'itemId' | 'proposedBy' | 'memberCodes'>,
  'proposedOn'
>;
/** A review cites the group meeting by id; its status is read from the group's stream. */
export type ReviewItemRequest = RequestWith<
  ItemCommand<'ReviewItem'>,
  Omit<ItemCommand<'ReviewItem'>['data'], 'meeting'> & { meetingId: string }
>;
/** A presentation names the forum meeting; what it is is read from the forums module's meeting stream. */
export type RecordPresentationRequest = RequestWith<
  ItemCommand<'RecordPresentation'>,
  { itemId: string; forumMeetingId: string }
>;

export type ItemRequest =
  | ProposeItemRequest
  | ReviewItemRequest
  | DatedRequest<ItemCommand<'PublishItem'>, 'publishedOn'>
  | DatedRequest<ItemCommand<'RetireItem'>, 'retiredOn'>
  | RecordPresentationRequest;

/**
 * A knowledge item's way in. Proposing reads the group's members; a review reads the group
 * meeting it cites; a presentation reads the forum meeting, and a forum coordinator records one
 * only at a meeting of a forum their token names.
 */
export const itemEndpoint = entityEndpoint(itemDecider, itemStream, 'itemId').byType<ItemRequest>({
  async ProposeItem(request, tools) {
    const group = await nationalGroup(tools);
    const memberCodes = group.status === 'NONE' ? [] : Object.keys(group.members);
    const data = {
      ...request.data,
      itemId: knowledgeItemIdFor(tools.commandId),
      proposedBy: tools.sender.actor.organisation,
      memberCodes,
    };
    return { command: onTheDay(steps.command(request, data, tools), 'proposedOn', tools) };
  },
  async ReviewItem(request, tools) {
    const { meetingId, ...data } = request.data;
    const group = await nationalGroup(tools);
    const meeting = group.status === 'NONE' ? undefined : group.meetings[meetingId];
    const cited: CitedGroupMeeting = meeting
      ? { meetingId, status: meeting.status, ...(meeting.heldOn ? { heldOn: meeting.heldOn } : {}) }
      : { meetingId, status: 'NONE' };
    return { command: steps.command(request, { ...data, meeting: cited }, tools) };
  },
  PublishItem: steps.dated('publishedOn'),
  RetireItem: steps.dated('retiredOn'),
  async RecordPresentation(request, tools) {
    const forumMeeting = await presentedAt(tools, request.data.forumMeetingId);
    const { actor, forums } = tools.sender;
    if (actor.role === 'FORUM_COORDINATOR' && forumMeeting.exists && !forums.includes(forumMeeting.forumId)) {
      throw new ForbiddenError(
        ['FORUM_COORDINATOR'],
        actor.role,
        `Only a coordinator of forum ${forumMeeting.forumId} records presentations there`,
      );
    }
    return { command: steps.command(request, { itemId: request.data.itemId, forumMeeting }, tools) };
  },
});

async function nationalGroup(tools: PrepareTools) {
  return (await tools.load(groupStream(NATIONAL_GROUP_ID), groupDecider)).state;
}

async function presentedAt(tools: PrepareTools, meetingId: string): Promise<PresentedAtForumMeeting> {
  const { state } = await tools.load(forumMeetingStream(meetingId), forumMeetingDecider);
  if (state.status === 'NONE') return { meetingId, exists: false, forumId: '', status: 'NONE', date: '' };
  return { meetingId, exists: true, forumId: state.forumId, status: state.status, date: state.heldOn ?? state.date };
}
