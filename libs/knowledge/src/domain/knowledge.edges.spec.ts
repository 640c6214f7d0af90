import { describeEdges, Edge, textOf } from '@samverkan/core/testing/edges';
import { GroupCommand, GroupEvent, PlanGroupMeeting } from './group.commands';
import { ItemCommand, ItemEvent, ProposeItem } from './item.commands';
import {
  admitMember,
  aFoundedGroup,
  aGroupWithAPlannedMeeting,
  aProposedItem,
  aPublishedItem,
  aReviewedItem,
  FOUNDED_ON,
  groupSpec,
  heldMeeting,
  holdMeeting,
  itemProposed,
  itemPublished,
  itemRetired,
  itemReviewed,
  itemSpec,
  meetingHeld,
  memberAdmitted,
  memberRemoved,
  MYNAK,
  planMeeting,
  proposeItem,
  PROPOSED_ON,
  publishItem,
  removeMember,
  retireItem,
  reviewItem,
  TODAY,
  TOMORROW,
} from './testing/knowledge.fixtures';

/**
 * The knowledge group's limits, each from both sides; founded 1 September 2025, SOS joined on
 * 15 September, the item proposed on 20 September, reviewed on 8 October, published on
 * 15 October; today is 20 November 2025.
 */

const plan = (term: 'VT' | 'HT', year: number, date: string): PlanGroupMeeting => {
  const command = planMeeting(undefined, date);
  return { ...command, data: { ...command.data, term, year } };
};
const planned = (term: 'VT' | 'HT', year: number, date: string, agenda?: string[]): GroupEvent => ({
  type: 'GroupMeetingPlanned',
  data: { ...planMeeting(undefined, date, agenda).data, term, year },
});

const groupEdges: Edge<GroupCommand, GroupEvent>[] = [
  {
    rule: 'VT begins on 1 January',
    given: aFoundedGroup,
    accepted: plan('VT', 2026, '2026-01-01'),
    then: [planned('VT', 2026, '2026-01-01')],
    refused: plan('VT', 2026, '2025-12-31'),
    code: 'MEETING_OUTSIDE_TERM',
  },
  {
    rule: 'VT ends on 30 June',
    given: aFoundedGroup,
    accepted: plan('VT', 2026, '2026-06-30'),
    then: [planned('VT', 2026, '2026-06-30')],
    refused: plan('VT', 2026, '2026-07-01'),
    code: 'MEETING_OUTSIDE_TERM',
  },
  {
    rule: 'HT begins on 1 July',
    given: aFoundedGroup,
    accepted: plan('HT', 2025, '2025-07-01'),
    then: [planned('HT', 2025, '2025-07-01')],
    refused: plan('HT', 2025, '2025-06-30'),
    code: 'MEETING_OUTSIDE_TERM',
  },
  {
    rule: 'HT ends on 31 December',
    given: aFoundedGroup,
    accepted: plan('HT', 2025, '2025-12-31'),
    then: [planned('HT', 2025, '2025-12-31')],
    refused: plan('HT', 2025, '2026-01-01'),
    code: 'MEETING_OUTSIDE_TERM',
  },
  {
    rule: 'a group meeting is planned in the year 2000 at the earliest',
    given: aFoundedGroup,
    accepted: plan('VT', 2000, '2000-01-01'),
    then: [planned('VT', 2000, '2000-01-01')],
    refused: plan('HT', 1999, '1999-12-31'),
    code: 'INVALID_YEAR',
  },
  {
    rule: 'a group meeting is planned in the year 2100 at the latest',
    given: aFoundedGroup,
    accepted: plan('HT', 2100, '2100-12-31'),
    then: [planned('HT', 2100, '2100-12-31')],
    refused: plan('VT', 2101, '2101-01-01'),
    code: 'INVALID_YEAR',
  },
  {
    rule: 'an agenda item is at most 4000 characters',
    given: aFoundedGroup,
    accepted: planMeeting(undefined, undefined, [textOf(4000)]),
    then: [planned('HT', 2025, '2025-10-08', [textOf(4000)])],
    refused: planMeeting(undefined, undefined, [textOf(4001)]),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'a group meeting is held today at the latest',
    given: aGroupWithAPlannedMeeting,
    accepted: holdMeeting(TODAY),
    then: [meetingHeld(TODAY)],
    refused: holdMeeting(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'a group meeting planned for HT is held on 1 July at the earliest',
    given: aGroupWithAPlannedMeeting,
    accepted: holdMeeting('2025-07-01'),
    then: [meetingHeld('2025-07-01')],
    refused: holdMeeting('2025-06-30'),
    code: 'MEETING_OUTSIDE_TERM',
  },
  {
    rule: 'a member joins on the day the group was founded at the earliest',
    given: aFoundedGroup,
    accepted: admitMember(MYNAK, FOUNDED_ON),
    then: [memberAdmitted(MYNAK, FOUNDED_ON)],
    refused: admitMember(MYNAK, '2025-08-31'),
    code: 'BEFORE_FOUNDED',
  },
  {
    rule: 'a member leaves on the day it joined at the earliest',
    given: aFoundedGroup,
    accepted: removeMember(undefined, '2025-09-15'),
    then: [memberRemoved(undefined, '2025-09-15')],
    refused: removeMember(undefined, '2025-09-14'),
    code: 'BEFORE_JOINED',
  },
];

const propose = (data: Partial<ProposeItem['data']>): ItemCommand => proposeItem(data);

const itemEdges: Edge<ItemCommand, ItemEvent>[] = [
  {
    rule: 'an item is proposed today at the latest',
    accepted: propose({ proposedOn: TODAY }),
    then: [itemProposed({ proposedOn: TODAY })],
    refused: propose({ proposedOn: TOMORROW }),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'an item’s title is at most 200 characters',
    accepted: propose({ title: textOf(200) }),
    then: [itemProposed({ title: textOf(200) })],
    refused: propose({ title: textOf(201) }),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'an item is reviewed at a meeting held on the day it was proposed at the earliest',
    given: aProposedItem,
    accepted: reviewItem('APPROVED', { ...heldMeeting, heldOn: PROPOSED_ON }),
    then: [itemReviewed('APPROVED', PROPOSED_ON)],
    refused: reviewItem('APPROVED', { ...heldMeeting, heldOn: '2025-09-19' }),
    code: 'REVIEW_BEFORE_PROPOSED',
  },
  {
    rule: 'a review note is at most 4000 characters',
    given: aProposedItem,
    accepted: reviewItem('APPROVED', heldMeeting, textOf(4000)),
    then: [itemReviewed('APPROVED', '2025-10-08', textOf(4000))],
    refused: reviewItem('APPROVED', heldMeeting, textOf(4001)),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'an item is published on the day it was reviewed at the earliest',
    given: aReviewedItem,
    accepted: publishItem('2025-10-08'),
    then: [itemPublished('2025-10-08')],
    refused: publishItem('2025-10-07'),
    code: 'PUBLISHED_BEFORE_REVIEW',
  },
  {
    rule: 'an item is retired on the day it was published at the earliest',
    given: aPublishedItem,
    accepted: retireItem('2025-10-15'),
    then: [itemRetired('2025-10-15')],
    refused: retireItem('2025-10-14'),
    code: 'RETIRED_BEFORE_PUBLISHED',
  },
  {
    rule: 'a reason for retiring is at most 4000 characters',
    given: aPublishedItem,
    accepted: retireItem(undefined, textOf(4000)),
    then: [itemRetired(undefined, textOf(4000))],
    refused: retireItem(undefined, textOf(4001)),
    code: 'INVALID_TEXT',
  },
];

describe('The knowledge group’s limits, from both sides', () => {
  describe('group', () => describeEdges(groupSpec, groupEdges));
  describe('item', () => describeEdges(itemSpec, itemEdges));

  it('refuses a retirement whose reason is only spaces, or is left out', () => {
    itemSpec.given(aPublishedItem).when(retireItem(undefined, '   ')).thenThrows('REASON_REQUIRED');
    itemSpec.given(aPublishedItem).when(retireItem(undefined, null)).thenThrows('REASON_REQUIRED');
  });

  it('refuses a group meeting whose agenda is left out entirely', () => {
    const { agenda: _left, ...data } = planMeeting().data;
    groupSpec
      .given(aFoundedGroup)
      .when({ ...planMeeting(), data } as GroupCommand)
      .thenThrows('INVALID_TEXT');
  });

  it.each([
    ['topics', 'TOPIC_REQUIRED'],
    ['link', 'INVALID_LINK'],
    ['proposedOn', 'INVALID_DATE'],
  ])('refuses an item without its %s with %s', (field, code) => {
    const data: Record<string, unknown> = { ...proposeItem().data };
    delete data[field];
    itemSpec
      .given([])
      .when({ ...proposeItem(), data } as ItemCommand)
      .thenThrows(code);
  });
});
