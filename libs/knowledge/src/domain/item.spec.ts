import { fold } from '@samverkan/core/domain';
import { itemDecider, itemStream } from './item';
import { ItemEvent } from './item.commands';
import { ExistingItem } from './item.state';
import {
  aProposedItem,
  aPublishedItem,
  aRejectedItem,
  aRetiredItem,
  aReviewedItem,
  forumMeeting,
  FORUM_ID,
  FORUM_MEETING_ID,
  heldMeeting,
  ITEM_ID as itemId,
  itemPresented,
  itemProposed,
  itemPublished,
  itemRetired,
  itemReviewed,
  itemSpec as spec,
  LINK,
  MEETING_ID,
  proposeItem,
  PROPOSED_ON,
  publishItem,
  recordPresentation,
  retireItem,
  RETIREMENT_REASON,
  reviewItem,
  SOURCE,
  TITLE,
  TODAY,
  TOMORROW,
  TOPICS,
} from './testing/knowledge.fixtures';

const stateAfter = (events: ItemEvent[]) => fold(itemDecider, events) as ExistingItem;
const meeting = (status: 'NONE' | 'PLANNED' | 'HELD' | 'CANCELLED', heldOn?: string) => ({
  meetingId: MEETING_ID,
  status,
  ...(heldOn ? { heldOn } : {}),
});

describe('Knowledge item', () => {
  it('has one stream per item', () => {
    expect(itemStream(itemId)).toBe('knowledgeItem-ki-0001');
  });

  describe('when it is not proposed', () => {
    const whenProposeItem = spec.given([]).whenEach(proposeItem);

    it('is proposed by a member, with its source, link and topics', () => {
      whenProposeItem().then([itemProposed()]);
    });

    it('trims its text, link, topics and the member codes it is checked against', () => {
      const padded = proposeItem({
        title: ` ${TITLE}\n`,
        sourceOrganisation: `${SOURCE} `,
        link: ` ${LINK} `,
        topics: TOPICS.map((topic) => ` ${topic} `),
        proposedBy: ' AV',
        memberCodes: ['FK', ' AV '],
        proposedOn: ` ${PROPOSED_ON}`,
      });
      spec.given([]).when(padded).then([itemProposed()]);
    });

    it('accepts every kind and an http link', () => {
      for (const kind of ['REPORT', 'METHOD', 'TOOL', 'RESEARCH', 'RECORDING'] as const) {
        whenProposeItem({ kind, link: 'http://example.se' }).then([itemProposed({ kind, link: 'http://example.se' })]);
      }
    });

    it('rejects a proposal by an organisation that is not a member, naming it', () => {
      whenProposeItem({ proposedBy: 'MYNAK' }).thenThrows('ONLY_MEMBERS_PROPOSE', { details: { proposedBy: 'MYNAK' } });
      whenProposeItem({ memberCodes: [] }).thenThrows('ONLY_MEMBERS_PROPOSE');
    });

    it('rejects a blank title or source', () => {
      whenProposeItem({ title: ' ' }).thenThrows('INVALID_TEXT');
      whenProposeItem({ sourceOrganisation: '' }).thenThrows('INVALID_TEXT', { field: 'sourceOrganisation' });
    });

    it('rejects a link that is not an http(s) address', () => {
      for (const link of [
        '',
        'example.se/rapport',
        'ftp://example.se/a',
        'https://',
        'https://exa mple.se',
        'javascript:alert(1)',
      ]) {
        whenProposeItem({ link }).thenThrows('INVALID_LINK');
      }
    });

    it('rejects a proposal without topics', () => {
      whenProposeItem({ topics: [] }).thenThrows('TOPIC_REQUIRED');
      whenProposeItem({ topics: undefined as never }).thenThrows('TOPIC_REQUIRED');
    });

    it('rejects a blank topic, or one given twice in any case', () => {
      whenProposeItem({ topics: ['Hemtjänst', ' '] }).thenThrows('INVALID_TOPIC', { message: 'Topic 2 is blank' });
      const twice = proposeItem({ topics: ['Hemtjänst', 'Arbetsanpassning', ' HEMTJÄNST'] });
      spec
        .given([])
        .when(twice)
        .thenThrows('INVALID_TOPIC', { details: { index: 2 } });
    });

    it('rejects an unknown kind', () => {
      whenProposeItem({ kind: 'PODCAST' as never }).thenThrows('INVALID_CHOICE');
    });

    it('is proposed today but not tomorrow', () => {
      whenProposeItem({ proposedOn: TODAY }).then([itemProposed({ proposedOn: TODAY })]);
      whenProposeItem({ proposedOn: TOMORROW }).thenThrows('DATE_IN_FUTURE');
    });

    it.each([
      ['reviewing', reviewItem()],
      ['publishing', publishItem()],
      ['retiring', retireItem()],
      ['recording a presentation', recordPresentation()],
    ])('rejects %s: the item is not found', (_, command) => {
      spec.given([]).when(command).thenThrows('ITEM_NOT_FOUND');
    });
  });

  describe('when it is proposed', () => {
    it('keeps what was proposed, with no reviews or presentations', () => {
      expect(stateAfter(aProposedItem)).toEqual({
        status: 'PROPOSED',
        itemId,
        kind: 'REPORT',
        title: TITLE,
        source: SOURCE,
        link: LINK,
        topics: TOPICS,
        proposedBy: 'AV',
        proposedOn: PROPOSED_ON,
        reviews: [],
        presentations: [],
      });
    });

    it('rejects proposing it again', () => {
      spec.given(aProposedItem).when(proposeItem()).thenThrows('ITEM_ALREADY_PROPOSED');
    });

    const whenReviewItem = spec.given(aProposedItem).whenEach(reviewItem);

    it('is approved at a held group meeting, dated by the meeting', () => {
      whenReviewItem().then([itemReviewed()]);
      whenReviewItem('APPROVED', { ...heldMeeting, heldOn: '2025-10-09' }).then([
        itemReviewed('APPROVED', '2025-10-09'),
      ]);
    });

    it('is rejected at a held group meeting', () => {
      whenReviewItem('REJECTED').then([itemReviewed('REJECTED')]);
    });

    it('rejects a review at a meeting that is not held, naming its status', () => {
      for (const status of ['PLANNED', 'CANCELLED'] as const) {
        whenReviewItem('APPROVED', meeting(status)).thenThrows('REVIEW_NEEDS_HELD_MEETING');
      }
      whenReviewItem('APPROVED', meeting('PLANNED')).thenThrows('REVIEW_NEEDS_HELD_MEETING', {
        details: { status: 'PLANNED' },
      });
    });

    it('rejects a review at a meeting that does not exist', () => {
      whenReviewItem('APPROVED', meeting('NONE')).thenThrows('GROUP_MEETING_NOT_FOUND');
    });

    it('rejects a review at a meeting held before the item was proposed', () => {
      whenReviewItem('APPROVED', meeting('HELD', '2025-09-19')).thenThrows('REVIEW_BEFORE_PROPOSED');
    });

    it('rejects a review without a note, or with an unknown verdict', () => {
      whenReviewItem('APPROVED', heldMeeting, ' ').thenThrows('INVALID_TEXT');
      whenReviewItem('MAYBE' as never).thenThrows('INVALID_CHOICE');
    });

    it('rejects publishing before it is reviewed', () => {
      spec.given(aProposedItem).when(publishItem()).thenThrows('NOT_REVIEWED');
    });

    it('rejects retiring an item that was never published', () => {
      spec.given(aProposedItem).when(retireItem()).thenThrows('ITEM_NOT_PUBLISHED');
    });

    it('is presented at a held forum meeting before it is reviewed', () => {
      spec.given(aProposedItem).when(recordPresentation()).then([itemPresented()]);
    });
  });

  describe('when it is reviewed', () => {
    it('keeps the review and becomes reviewed, or rejected', () => {
      expect(stateAfter(aReviewedItem)).toMatchObject({
        status: 'REVIEWED',
        reviews: [{ meetingId: MEETING_ID, verdict: 'APPROVED', reviewedOn: '2025-10-08' }],
      });
      expect(stateAfter(aRejectedItem)).toMatchObject({ status: 'REJECTED', reviews: [{ verdict: 'REJECTED' }] });
    });

    it('rejects a second review, naming the status', () => {
      spec.given(aReviewedItem).when(reviewItem()).thenThrows('ITEM_NOT_PROPOSED');
      spec
        .given(aRejectedItem)
        .when(reviewItem())
        .thenThrows('ITEM_NOT_PROPOSED', { details: { status: 'REJECTED' } });
    });

    it('is published on or after the review, up to today', () => {
      const whenPublishItem = spec.given(aReviewedItem).whenEach(publishItem);
      whenPublishItem('2025-10-08').then([itemPublished('2025-10-08')]);
      whenPublishItem(` ${TODAY}`).then([itemPublished(TODAY)]);
    });

    it('rejects publishing before the review or in the future', () => {
      const whenPublishItem = spec.given(aReviewedItem).whenEach(publishItem);
      whenPublishItem('2025-10-07').thenThrows('PUBLISHED_BEFORE_REVIEW');
      whenPublishItem(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects publishing a rejected item: it is final', () => {
      spec.given(aRejectedItem).when(publishItem()).thenThrows('ITEM_REJECTED');
    });

    it('rejects retiring or presenting a rejected item', () => {
      spec.given(aRejectedItem).when(retireItem()).thenThrows('ITEM_NOT_PUBLISHED');
      spec.given(aRejectedItem).when(recordPresentation()).thenThrows('ITEM_REJECTED');
    });

    it('is retired before it was published, not before the review', () => {
      const whenRetireItem = spec.given(aReviewedItem).whenEach(retireItem);
      whenRetireItem('2025-10-08').then([itemRetired('2025-10-08')]);
      whenRetireItem('2025-10-07').thenThrows('RETIRED_BEFORE_PUBLISHED');
    });
  });

  describe('when it is published', () => {
    it('keeps the day it was published', () => {
      expect(stateAfter(aPublishedItem)).toMatchObject({ status: 'PUBLISHED', publishedOn: '2025-10-15' });
    });

    it('rejects publishing it again', () => {
      spec.given(aPublishedItem).when(publishItem()).thenThrows('ITEM_ALREADY_PUBLISHED');
    });

    it('is retired, as a decision with its reason', () => {
      const whenRetireItem = spec.given(aPublishedItem).whenEach(retireItem);
      whenRetireItem().then([itemRetired()]);
      whenRetireItem(TODAY).then([itemRetired(TODAY)]);
    });

    it('rejects retiring without a reason', () => {
      const whenRetireItem = spec.given(aPublishedItem).whenEach(retireItem);
      whenRetireItem('2025-11-10', null).thenThrows('REASON_REQUIRED');
      whenRetireItem('2025-11-10', '\n').thenThrows('REASON_REQUIRED');
    });

    it('rejects retiring before it was published, or in the future', () => {
      const whenRetireItem = spec.given(aPublishedItem).whenEach(retireItem);
      whenRetireItem('2025-10-14').thenThrows('RETIRED_BEFORE_PUBLISHED');
      whenRetireItem(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('is presented at a held forum meeting, dated by it', () => {
      spec.given(aPublishedItem).when(recordPresentation()).then([itemPresented()]);
    });

    it('records each forum meeting once: the same one again changes nothing', () => {
      const whenRecordPresentation = spec.given([...aPublishedItem, itemPresented()]).whenEach(recordPresentation);
      whenRecordPresentation().thenNothingHappened();
      const other = forumMeeting({ meetingId: 'fm-2025-syd-2', forumId: 'forum-syd', date: '2025-11-05' });
      whenRecordPresentation(other).then([itemPresented('fm-2025-syd-2', '2025-11-05', 'forum-syd')]);
    });

    it('keeps its presentations, each forum meeting once', () => {
      const presented = stateAfter([
        ...aPublishedItem,
        itemPresented(),
        itemPresented(),
        itemPresented('fm-2', '2025-11-05', 'forum-syd'),
      ]);
      expect(presented.presentations).toEqual([
        { forumMeetingId: FORUM_MEETING_ID, forumId: FORUM_ID, presentedOn: '2025-10-22' },
        { forumMeetingId: 'fm-2', forumId: 'forum-syd', presentedOn: '2025-11-05' },
      ]);
    });

    it('rejects a presentation at a forum meeting that does not exist', () => {
      spec
        .given(aPublishedItem)
        .when(recordPresentation(forumMeeting({ exists: false })))
        .thenThrows('FORUM_MEETING_NOT_FOUND');
    });

    it('rejects a presentation at a forum meeting that is not held', () => {
      for (const status of ['PLANNED', 'CANCELLED'] as const) {
        spec
          .given(aPublishedItem)
          .when(recordPresentation(forumMeeting({ status })))
          .thenThrows('PRESENTATION_NEEDS_HELD_MEETING');
      }
    });
  });

  describe('when it is retired', () => {
    it('keeps the day and the reason', () => {
      expect(stateAfter(aRetiredItem)).toMatchObject({
        status: 'RETIRED',
        retiredOn: '2025-11-10',
        retirementReason: RETIREMENT_REASON,
        publishedOn: '2025-10-15',
      });
    });

    it('rejects retiring, publishing or presenting it', () => {
      spec.given(aRetiredItem).when(retireItem()).thenThrows('ITEM_RETIRED');
      spec.given(aRetiredItem).when(publishItem()).thenThrows('ITEM_RETIRED');
      spec.given(aRetiredItem).when(recordPresentation()).thenThrows('ITEM_RETIRED');
    });

    it('rejects reviewing it', () => {
      spec.given(aRetiredItem).when(reviewItem()).thenThrows('ITEM_NOT_PROPOSED');
    });
  });
});
