import { edgeOf, termEdgeRows, textLimit } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, textOf, without } from '@samverkan/core/testing/edges';
import { GroupCommand, GroupEvent } from './group.commands';
import { ItemCommand, ItemEvent } from './item.commands';
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

const plan = (term: 'VT' | 'HT', year: number, date: string): GroupCommand<'PlanGroupMeeting'> => {
  const command = planMeeting(undefined, date);
  return { ...command, data: { ...command.data, term, year } };
};
const planned = (term: 'VT' | 'HT', year: number, date: string, agenda?: string[]): GroupEvent => ({
  type: 'GroupMeetingPlanned',
  data: { ...planMeeting(undefined, date, agenda).data, term, year },
});

const groupEdges: Edge<GroupCommand, GroupEvent>[] = [
  ...termEdgeRows('a group meeting', { VT: 2026, HT: 2025 }).map((row) => edgeOf(plan, planned, aFoundedGroup)(...row)),
  {
    rule: 'an agenda item is at most 4000 characters',
    given: aFoundedGroup,
    accepted: planMeeting(undefined, undefined, [textOf(4000)]),
    then: [planned('HT', 2025, '2025-10-08', [textOf(4000)])],
    refused: planMeeting(undefined, undefined, [textOf(4001)]),
    code: 'INVALID_TEXT',
  },
  edgeOf(holdMeeting, meetingHeld, aGroupWithAPlannedMeeting)(
    'a group meeting is held today at the latest',
    [TODAY],
    [TOMORROW],
    'DATE_IN_FUTURE',
  ),
  edgeOf(holdMeeting, meetingHeld, aGroupWithAPlannedMeeting)(
    'a group meeting planned for HT is held on 1 July at the earliest',
    ['2025-07-01'],
    ['2025-06-30'],
    'MEETING_OUTSIDE_TERM',
  ),
  edgeOf(admitMember, memberAdmitted, aFoundedGroup)(
    'a member joins on the day the group was founded at the earliest',
    [MYNAK, FOUNDED_ON],
    [MYNAK, '2025-08-31'],
    'BEFORE_FOUNDED',
  ),
  edgeOf(removeMember, memberRemoved, aFoundedGroup)(
    'a member leaves on the day it joined at the earliest',
    [undefined, '2025-09-15'],
    [undefined, '2025-09-14'],
    'BEFORE_JOINED',
  ),
];

const propose = (data: Partial<ItemCommand<'ProposeItem'>['data']>): ItemCommand => proposeItem(data);

const onRetire = edgeOf(retireItem, itemRetired, aPublishedItem);
const onPropose = edgeOf(propose, itemProposed);
const itemEdges: Edge<ItemCommand, ItemEvent>[] = [
  onPropose(
    'an item is proposed today at the latest',
    [{ proposedOn: TODAY }],
    [{ proposedOn: TOMORROW }],
    'DATE_IN_FUTURE',
  ),
  textLimit(onPropose, 'an item’s title', 200, (title) => [{ title }]),
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
  edgeOf(publishItem, itemPublished, aReviewedItem)(
    'an item is published on the day it was reviewed at the earliest',
    ['2025-10-08'],
    ['2025-10-07'],
    'PUBLISHED_BEFORE_REVIEW',
  ),
  onRetire(
    'an item is retired on the day it was published at the earliest',
    ['2025-10-15'],
    ['2025-10-14'],
    'RETIRED_BEFORE_PUBLISHED',
  ),
  textLimit(onRetire, 'a reason for retiring', 4000, (text) => [undefined, text]),
];

describe('The knowledge group’s limits, from both sides', () => {
  describe('group', () => describeEdges(groupSpec, groupEdges));
  describe('item', () => describeEdges(itemSpec, itemEdges));

  it('refuses a retirement whose reason is only spaces, or is left out', () => {
    const whenRetireItem = itemSpec.given(aPublishedItem).whenEach(retireItem);
    whenRetireItem(undefined, '   ').thenThrows('REASON_REQUIRED');
    whenRetireItem(undefined, null).thenThrows('REASON_REQUIRED');
  });

  it('refuses a group meeting whose agenda is left out entirely', () => {
    groupSpec.given(aFoundedGroup).when(without(planMeeting(), 'agenda')).thenThrows('INVALID_TEXT');
  });

  it.each([
    ['topics', 'TOPIC_REQUIRED'],
    ['link', 'INVALID_LINK'],
    ['proposedOn', 'INVALID_DATE'],
  ])('refuses an item without its %s with %s', (field, code) => {
    itemSpec.given([]).when(without(proposeItem(), field)).thenThrows(code);
  });
});
