import { entityDecider, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideItem } from './item.decide';
import { evolveItem } from './item.state';

export const itemStream = streamOfCategory('knowledgeItem');

export const itemDecider = entityDecider(evolveItem, decideItem, {
  ProposeItem: stated('proposedOn'),
  // Reviewed at the group meeting, presented at the forum meeting: on those meetings' days.
  ReviewItem: stated('meeting.heldOn', { recordedAs: 'reviewedOn' }),
  PublishItem: stated('publishedOn'),
  RetireItem: stated('retiredOn'),
  RecordPresentation: stated('forumMeeting.date', { recordedAs: 'presentedOn' }),
});
