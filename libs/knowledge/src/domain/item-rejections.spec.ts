import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { without } from '@samverkan/core/testing/edges';
import { ItemCommand, ItemEvent } from './item.commands';
import {
  aProposedItem,
  aPublishedItem,
  aRejectedItem,
  aRetiredItem,
  aReviewedItem,
  forumMeeting,
  FORUM_MEETING_ID as forumMeetingId,
  heldMeeting,
  ITEM_ID as itemId,
  itemProposed,
  itemSpec as spec,
  MEETING_ID as meetingId,
  proposeItem,
  publishItem,
  recordPresentation,
  retireItem,
  reviewItem,
  TOMORROW,
} from './testing/knowledge.fixtures';

/**
 * A rejection names the item, and the meeting, topic (by index) or field it is about, so that a
 * client can point at what to correct; the item was reviewed on 8 October 2025, published on 15 October.
 */

type Rejection = Refusal<ItemCommand, ItemEvent>;

const atMeeting = { itemId, meetingId };
const atForumMeeting = { itemId, forumMeetingId };

const proposing: Rejection[] = [
  ['proposing it again', aProposedItem, proposeItem(), 'ITEM_ALREADY_PROPOSED', { itemId }],
  ['a malformed proposer', [], proposeItem({ proposedBy: 'av' }), 'INVALID_ORGANISATION_CODE', { itemId, code: 'av' }],
  ['an unknown kind', [], proposeItem({ kind: 'PODCAST' as never }), 'INVALID_CHOICE', { itemId, field: 'kind' }],
  ['a blank title', [], proposeItem({ title: ' ' }), 'INVALID_TEXT', { itemId, field: 'title' }],
  [
    'a blank source',
    [],
    proposeItem({ sourceOrganisation: ' ' }),
    'INVALID_TEXT',
    { itemId, field: 'sourceOrganisation' },
  ],
  ['a link that is none', [], proposeItem({ link: 'example.se' }), 'INVALID_LINK', { itemId, link: 'example.se' }],
  ['no topic', [], proposeItem({ topics: [] }), 'TOPIC_REQUIRED', { itemId }],
  ['a blank topic', [], proposeItem({ topics: ['Hemtjänst', ' '] }), 'INVALID_TOPIC', { itemId, index: 1 }],
  ['a topic given as null', [], proposeItem({ topics: [null as never] }), 'INVALID_TOPIC', { itemId, index: 0 }],
  [
    'a topic longer than 200 characters',
    [],
    proposeItem({ topics: ['Hemtjänst', 'a'.repeat(201)] }),
    'INVALID_TEXT',
    { itemId, index: 1, field: 'topics', max: 200 },
  ],
  ['a proposal to come', [], proposeItem({ proposedOn: TOMORROW }), 'DATE_IN_FUTURE', { itemId, field: 'proposedOn' }],
];

const reviewing: Rejection[] = [
  ['a reviewed item', aReviewedItem, reviewItem(), 'ITEM_NOT_PROPOSED', { itemId, status: 'REVIEWED' }],
  [
    'a padded meeting id',
    aProposedItem,
    reviewItem('APPROVED', { ...heldMeeting, meetingId: ` ${meetingId}` }),
    'INVALID_ID',
    { itemId, field: 'meetingId' },
  ],
  [
    'no meeting read',
    aProposedItem,
    without(reviewItem(), 'meeting'),
    'INVALID_ID',
    { itemId, field: 'meetingId', value: null },
  ],
  [
    'a meeting that does not exist',
    aProposedItem,
    reviewItem('APPROVED', { meetingId, status: 'NONE' }),
    'GROUP_MEETING_NOT_FOUND',
    atMeeting,
  ],
  [
    'a meeting not held',
    aProposedItem,
    reviewItem('APPROVED', { meetingId, status: 'PLANNED' }),
    'REVIEW_NEEDS_HELD_MEETING',
    { ...atMeeting, status: 'PLANNED' },
  ],
  [
    'a held meeting read without its day',
    aProposedItem,
    reviewItem('APPROVED', { meetingId, status: 'HELD' }),
    'INVALID_DATE',
    { ...atMeeting, field: 'heldOn' },
  ],
  [
    'a meeting held before the proposal',
    aProposedItem,
    reviewItem('APPROVED', { ...heldMeeting, heldOn: '2025-09-19' }),
    'REVIEW_BEFORE_PROPOSED',
    { ...atMeeting, field: 'heldOn' },
  ],
  [
    'an unknown verdict',
    aProposedItem,
    reviewItem('MAYBE' as never),
    'INVALID_CHOICE',
    { ...atMeeting, field: 'verdict' },
  ],
  [
    'a review without a note',
    aProposedItem,
    reviewItem('APPROVED', heldMeeting, ' '),
    'INVALID_TEXT',
    { ...atMeeting, field: 'note' },
  ],
];

const publishing: Rejection[] = [
  ['an item not reviewed', aProposedItem, publishItem(), 'NOT_REVIEWED', { itemId, status: 'PROPOSED' }],
  ['a published item', aPublishedItem, publishItem(), 'ITEM_ALREADY_PUBLISHED', { itemId }],
  ['a rejected item', aRejectedItem, publishItem(), 'ITEM_REJECTED', { itemId }],
  ['a retired item', aRetiredItem, publishItem(), 'ITEM_RETIRED', { itemId, retiredOn: '2025-11-10' }],
  ['a day to come', aReviewedItem, publishItem(TOMORROW), 'DATE_IN_FUTURE', { itemId, field: 'publishedOn' }],
  [
    'a day before the review',
    aReviewedItem,
    publishItem('2025-10-07'),
    'PUBLISHED_BEFORE_REVIEW',
    { itemId, field: 'publishedOn', earliest: '2025-10-08' },
  ],
];

const retiring: Rejection[] = [
  ['an item never published', aProposedItem, retireItem(), 'ITEM_NOT_PUBLISHED', { itemId, status: 'PROPOSED' }],
  ['a day to come', aPublishedItem, retireItem(TOMORROW), 'DATE_IN_FUTURE', { itemId, field: 'retiredOn' }],
  [
    'a day before it was published',
    aPublishedItem,
    retireItem('2025-10-14'),
    'RETIRED_BEFORE_PUBLISHED',
    { itemId, field: 'retiredOn', earliest: '2025-10-15' },
  ],
  ['a retirement without a reason', aPublishedItem, retireItem(undefined, null), 'REASON_REQUIRED', { itemId }],
];

const presenting: Rejection[] = [
  [
    'a padded forum meeting id',
    aPublishedItem,
    recordPresentation(forumMeeting({ meetingId: ` ${forumMeetingId}` })),
    'INVALID_ID',
    { itemId, field: 'forumMeetingId' },
  ],
  [
    'no forum meeting read',
    aPublishedItem,
    without(recordPresentation(), 'forumMeeting'),
    'INVALID_ID',
    { itemId, field: 'forumMeetingId', value: null },
  ],
  [
    'a forum meeting that does not exist',
    aPublishedItem,
    recordPresentation(forumMeeting({ exists: false })),
    'FORUM_MEETING_NOT_FOUND',
    atForumMeeting,
  ],
  [
    'a forum meeting read as never planned',
    aPublishedItem,
    recordPresentation(forumMeeting({ status: 'NONE' })),
    'FORUM_MEETING_NOT_FOUND',
    atForumMeeting,
  ],
  [
    'a forum meeting not held',
    aPublishedItem,
    recordPresentation(forumMeeting({ status: 'PLANNED' })),
    'PRESENTATION_NEEDS_HELD_MEETING',
    { ...atForumMeeting, status: 'PLANNED' },
  ],
  [
    'a forum meeting read without its forum',
    aPublishedItem,
    recordPresentation(forumMeeting({ forumId: ' ' })),
    'INVALID_ID',
    { ...atForumMeeting, field: 'forumId' },
  ],
  [
    'a forum meeting read without its day',
    aPublishedItem,
    recordPresentation(forumMeeting({ date: '2025-10-32' })),
    'INVALID_DATE',
    { ...atForumMeeting, field: 'date' },
  ],
  ['a rejected item', aRejectedItem, recordPresentation(), 'ITEM_REJECTED', { itemId }],
];

describe('Knowledge item rejections name what they refuse', () => {
  describe.each([
    ['proposing', proposing],
    ['reviewing', reviewing],
    ['publishing', publishing],
    ['retiring', retiring],
    ['presenting', presenting],
  ] as const)('%s', (_, rejections) => {
    itRefusesEach(spec, rejections);
  });
});

describe('Who may propose an item', () => {
  it('refuses a proposal when the application read no member list', () => {
    spec.given([]).when(without(proposeItem(), 'memberCodes')).thenThrows('ONLY_MEMBERS_PROPOSE');
  });

  it('passes over a gap in the member list the application read', () => {
    spec
      .given([])
      .when(proposeItem({ memberCodes: [null as never, 'AV'] }))
      .then([itemProposed()]);
  });
});

describe('Topics of an item', () => {
  it('are one whatever their case, but two where only upper case would make them one', () => {
    spec
      .given([])
      .when(proposeItem({ topics: ['Maße', 'MASSE'] }))
      .then([itemProposed({ topics: ['Maße', 'MASSE'] })]);
  });
});
