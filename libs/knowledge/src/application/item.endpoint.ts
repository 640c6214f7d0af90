import { commandEndpoint, entityIdFor, ForbiddenError, PrepareTools, Prepared } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import { meetingDecider as forumMeetingDecider, meetingStream as forumMeetingStream } from '@samverkan/forums';
import {
  CitedGroupMeeting,
  groupDecider,
  groupStream,
  IsoDate,
  ItemCommand,
  itemDecider,
  itemStream,
  NATIONAL_GROUP_ID,
  PresentedAtForumMeeting,
  ProposeItem,
  PublishItem,
  RecordPresentation,
  RetireItem,
  ReviewItem,
} from '../domain';

/** The item a proposal creates: its id follows from the command id, so a retry proposes the same item. */
export const knowledgeItemIdFor = (commandId: string): string => entityIdFor(commandId);

/** A request whose day of the fact defaults to today (Stockholm) when the sender gives none. */
type Dated<C extends ItemCommand, K extends keyof C['data']> = Omit<C, 'metadata' | 'data'> & {
  data: Omit<C['data'], K> & { [F in K]?: IsoDate };
};

/** A proposal: the proposing organisation is the sender's, the group's members are read from its stream. */
export type ProposeItemRequest = Omit<Dated<ProposeItem, 'proposedOn'>, 'data'> & {
  data: Omit<Dated<ProposeItem, 'proposedOn'>['data'], 'itemId' | 'proposedBy' | 'memberCodes'>;
};
/** A review cites the group meeting by id; its status is read from the group's stream. */
export type ReviewItemRequest = Omit<ReviewItem, 'metadata' | 'data'> & {
  data: Omit<ReviewItem['data'], 'meeting'> & { meetingId: string };
};
/** A presentation names the forum meeting; what it is is read from the forums module's meeting stream. */
export type RecordPresentationRequest = Omit<RecordPresentation, 'metadata' | 'data'> & {
  data: { itemId: string; forumMeetingId: string };
};

export type ItemRequest =
  | ProposeItemRequest
  | ReviewItemRequest
  | Dated<PublishItem, 'publishedOn'>
  | Dated<RetireItem, 'retiredOn'>
  | RecordPresentationRequest;

/**
 * A knowledge item's way in. Proposing reads the group's members; a review reads the group
 * meeting it cites; a presentation reads the forum meeting, and a forum coordinator records one
 * only at a meeting of a forum their token names.
 */
export const itemEndpoint = commandEndpoint({
  name: 'knowledgeItem',
  decider: itemDecider,
  streamOf: (command: ItemCommand) => itemStream(command.data.itemId),
  async prepare(request: ItemRequest, tools): Promise<Prepared<ItemCommand>> {
    const today = stockholmDate(tools.metadata.now);
    const command = (data: ItemCommand['data']) => ({
      command: { ...request, data, metadata: tools.metadata } as ItemCommand,
    });
    switch (request.type) {
      case 'ProposeItem': {
        const group = await nationalGroup(tools);
        const memberCodes = group.status === 'NONE' ? [] : Object.keys(group.members);
        const itemId = knowledgeItemIdFor(tools.commandId);
        return command({
          ...request.data,
          itemId,
          proposedBy: tools.sender.actor.organisation,
          memberCodes,
          proposedOn: request.data.proposedOn ?? today,
        });
      }
      case 'ReviewItem': {
        const { meetingId, ...data } = request.data;
        const group = await nationalGroup(tools);
        const meeting = group.status === 'NONE' ? undefined : group.meetings[meetingId];
        const cited: CitedGroupMeeting = meeting
          ? { meetingId, status: meeting.status, ...(meeting.heldOn ? { heldOn: meeting.heldOn } : {}) }
          : { meetingId, status: 'NONE' };
        return command({ ...data, meeting: cited });
      }
      case 'PublishItem':
        return command({ ...request.data, publishedOn: request.data.publishedOn ?? today });
      case 'RetireItem':
        return command({ ...request.data, retiredOn: request.data.retiredOn ?? today });
      case 'RecordPresentation': {
        const forumMeeting = await presentedAt(tools, request.data.forumMeetingId);
        const { actor, forums } = tools.sender;
        if (actor.role === 'FORUM_COORDINATOR' && forumMeeting.exists && !forums.includes(forumMeeting.forumId)) {
          throw new ForbiddenError(
            ['FORUM_COORDINATOR'],
            actor.role,
            `Only a coordinator of forum ${forumMeeting.forumId} records presentations there`,
          );
        }
        return command({ itemId: request.data.itemId, forumMeeting });
      }
    }
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
