import { endpointSpecification, GivenStream } from '@samverkan/core/testing/endpoint-specification';
import { forumCoordinator, knowledgeGroupMember, TEST_COMMAND_ID } from '@samverkan/core/testing/test-requests';
import { forumsModuleEvents, meetingStream } from '@samverkan/forums';
import { GroupEvent, groupStream, ItemEvent, itemStream, knowledgeModuleEvents } from '../domain';
import {
  aFoundedGroup,
  aGroupWithAHeldMeeting,
  aGroupWithAPlannedMeeting,
  aPublishedItem,
  aProposedItem,
  FORUM_ID,
  FORUM_MEETING_ID,
  GROUP_ID,
  ITEM_ID,
  itemPresented,
  itemProposed,
  itemReviewed,
  LINK,
  MEETING_ID,
  PROPOSED_ON,
  REVIEW_NOTE,
  SOURCE,
  TITLE,
  TOPICS,
} from '../domain/testing/knowledge.fixtures';
import { itemEndpoint, ProposeItemRequest } from './item.endpoint';
import { knowledgeItemIdFor } from './knowledge.ids';

const spec = endpointSpecification(itemEndpoint, [knowledgeModuleEvents, forumsModuleEvents]);
const group = (events: GroupEvent[]): GivenStream => ({ stream: groupStream(GROUP_ID), events });
const item = (events: ItemEvent[]): GivenStream => ({ stream: itemStream(ITEM_ID), events });

/** The forum meeting the item is presented at, as the forums module's stream holds it. */
const heldForumMeeting: GivenStream = {
  stream: meetingStream(FORUM_MEETING_ID),
  events: [
    {
      type: 'MeetingPlanned',
      data: {
        meetingId: FORUM_MEETING_ID,
        forumId: FORUM_ID,
        title: 'Forum väst',
        format: 'SEMINAR',
        term: 'HT',
        year: 2025,
        date: '2025-10-22',
        agenda: [],
      },
    },
    {
      type: 'MeetingHeld',
      data: { meetingId: FORUM_MEETING_ID, forumId: FORUM_ID, heldOn: '2025-10-22', minutes: 'Protokoll' },
    },
  ],
};

const propose: ProposeItemRequest = {
  type: 'ProposeItem',
  data: {
    kind: 'REPORT',
    title: TITLE,
    sourceOrganisation: SOURCE,
    link: LINK,
    topics: TOPICS,
    proposedOn: PROPOSED_ON,
  },
};
const review = {
  type: 'ReviewItem' as const,
  data: { itemId: ITEM_ID, meetingId: MEETING_ID, verdict: 'APPROVED' as const, note: REVIEW_NOTE },
  reason: 'Relevant',
};
const present = { type: 'RecordPresentation' as const, data: { itemId: ITEM_ID, forumMeetingId: FORUM_MEETING_ID } };

describe('The knowledge item endpoint', () => {
  describe('when a member proposes an item', () => {
    it("records the sender's organisation as proposing it, under an id minted from the command id", () =>
      spec
        .given([group(aFoundedGroup)])
        .when(propose, knowledgeGroupMember('AV'), { commandId: TEST_COMMAND_ID })
        .then([itemProposed({ itemId: knowledgeItemIdFor(TEST_COMMAND_ID), proposedBy: 'AV' })]));

    it('refuses an organisation the group does not have, as its stream tells', () =>
      spec
        .given([group(aFoundedGroup)])
        .when(propose, knowledgeGroupMember('MYNAK'))
        .thenThrows('ONLY_MEMBERS_PROPOSE'));
  });

  describe('when the group reviews an item', () => {
    it('dates the review by the held meeting it cites, read from the group', () =>
      spec
        .given([group(aGroupWithAHeldMeeting), item(aProposedItem)])
        .when(review, knowledgeGroupMember('FK'))
        .then([itemReviewed()]));

    it('refuses a meeting that is only planned', () =>
      spec
        .given([group(aGroupWithAPlannedMeeting), item(aProposedItem)])
        .when(review, knowledgeGroupMember('FK'))
        .thenThrows('REVIEW_NEEDS_HELD_MEETING'));
  });

  describe('when a presentation is recorded', () => {
    it('reads the forum meeting from the forums module', () =>
      spec
        .given([heldForumMeeting, item(aPublishedItem)])
        .when(present, knowledgeGroupMember('FHM'))
        .then([itemPresented()]));

    it("lets a coordinator of the meeting's forum record it", () =>
      spec
        .given([heldForumMeeting, item(aPublishedItem)])
        .when(present, forumCoordinator(FORUM_ID))
        .then([itemPresented()]));

    it('forbids a coordinator of another forum', () =>
      spec
        .given([heldForumMeeting, item(aPublishedItem)])
        .when(present, forumCoordinator('forum-norr'))
        .thenThrows('FORBIDDEN'));

    it('refuses a forum meeting the forums module does not know', () =>
      spec
        .given([item(aPublishedItem)])
        .when(present, knowledgeGroupMember('FHM'))
        .thenThrows('FORUM_MEETING_NOT_FOUND'));
  });

  it('refuses a stale revision, saying which it found', () =>
    spec
      .given([item(aPublishedItem)])
      .when({ type: 'PublishItem', data: { itemId: ITEM_ID } }, knowledgeGroupMember('FK'), { expectedRevision: 0 })
      .thenThrows('CONFLICT', { details: { expected: 0, actual: 2 } }));
});
