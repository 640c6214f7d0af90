import { Decider, stated, notStarted } from '@samverkan/core/domain';
import { ItemCommand, ItemEvent } from './item.commands';
import { decideItem } from './item.decide';
import { evolveItem, ItemState } from './item.state';

export type { ExistingItem, ItemPresentation, ItemReview, ItemState, ItemStatus } from './item.state';

/** One stream per item; the category `knowledgeItem` holds no dash, as the category projection needs. */
export function itemStream(itemId: string): string {
  return `knowledgeItem-${itemId}`;
}

export const itemDecider: Decider<ItemCommand, ItemEvent, ItemState> = {
  initialState: notStarted,
  evolve: evolveItem,
  decide: decideItem,
  worldTimes: {
    ProposeItem: stated('proposedOn'),
    // Reviewed at the group meeting, presented at the forum meeting: on those meetings' days.
    ReviewItem: stated('meeting.heldOn', { recordedAs: 'reviewedOn' }),
    PublishItem: stated('publishedOn'),
    RetireItem: stated('retiredOn'),
    RecordPresentation: stated('forumMeeting.date', { recordedAs: 'presentedOn' }),
  },
};
