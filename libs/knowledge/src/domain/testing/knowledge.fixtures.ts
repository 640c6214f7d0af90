import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { groupDecider } from '../group';
import { GroupCommand, GroupEvent } from '../group.commands';
import { itemDecider } from '../item';
import { ItemCommand, ItemEvent } from '../item.commands';
import {
  CitedGroupMeeting,
  MemberOrganisation,
  NATIONAL_GROUP_ID,
  PresentedAtForumMeeting,
  ReviewVerdict,
} from '../knowledge.model';

/** The national knowledge group in autumn 2025, hosted by FK; item titles and links are fictional. */

export const groupSpec = deciderSpecification(groupDecider);
export const itemSpec = deciderSpecification(itemDecider);

/** Late morning on 20 November 2025 in Stockholm. */
export const { NOW, TODAY, TOMORROW, metadata, commandOf } = fixedClock('2025-11-20T10:00:00Z', '2025-11-20');

export const GROUP_ID = NATIONAL_GROUP_ID;
export const FOUNDED_ON = '2025-09-01';
export const FK: MemberOrganisation = { code: 'FK', name: 'Försäkringskassan' };
export const AV: MemberOrganisation = { code: 'AV', name: 'Arbetsmiljöverket' };
export const FHM: MemberOrganisation = { code: 'FHM', name: 'Folkhälsomyndigheten' };
export const MYNAK: MemberOrganisation = { code: 'MYNAK', name: 'Myndigheten för arbetsmiljökunskap' };
export const SOS: MemberOrganisation = { code: 'SOS', name: 'Socialstyrelsen' };

// ── group ───────────────────────────────────────────────────────────────────────────────────

export function foundGroup(host: MemberOrganisation = FK, foundedOn = FOUNDED_ON): GroupCommand<'FoundGroup'> {
  return commandOf('FoundGroup', { groupId: GROUP_ID, host, foundedOn });
}
export function groupFounded(host: MemberOrganisation = FK, foundedOn = FOUNDED_ON): GroupEvent<'GroupFounded'> {
  return { type: 'GroupFounded', data: { groupId: GROUP_ID, host, foundedOn } };
}

export function admitMember(
  member: MemberOrganisation = AV,
  joinedOn = '2025-09-01',
): GroupCommand<'AdmitGroupMember'> {
  return commandOf('AdmitGroupMember', { groupId: GROUP_ID, member, joinedOn });
}
export function memberAdmitted(
  member: MemberOrganisation = AV,
  joinedOn = '2025-09-01',
): GroupEvent<'GroupMemberAdmitted'> {
  return { type: 'GroupMemberAdmitted', data: { groupId: GROUP_ID, member, joinedOn } };
}

export const REMOVAL_REASON = 'Myndigheten deltar i stället via forum väst';
/** A `reason` of null leaves the reason out. */
export function removeMember(
  code = SOS.code,
  leftOn = '2025-11-01',
  reason: string | null = REMOVAL_REASON,
): GroupCommand<'RemoveGroupMember'> {
  return commandOf('RemoveGroupMember', { groupId: GROUP_ID, code, leftOn }, reason);
}
export function memberRemoved(
  code = SOS.code,
  leftOn = '2025-11-01',
  reason = REMOVAL_REASON,
): GroupEvent<'GroupMemberRemoved'> {
  return { type: 'GroupMemberRemoved', data: { groupId: GROUP_ID, code, leftOn, reason } };
}

export const MEETING_ID = 'kg-2025-ht-1';
export const NEXT_MEETING_ID = 'kg-2025-ht-2';
export const AGENDA = ['Nya förslag på kunskapsunderlag', 'Rapport från forum väst'];

export function planMeeting(
  meetingId = MEETING_ID,
  date = '2025-10-08',
  agenda = AGENDA,
): GroupCommand<'PlanGroupMeeting'> {
  return commandOf('PlanGroupMeeting', { groupId: GROUP_ID, meetingId, term: 'HT', year: 2025, date, agenda });
}
export function meetingPlanned(
  meetingId = MEETING_ID,
  date = '2025-10-08',
  agenda = AGENDA,
): GroupEvent<'GroupMeetingPlanned'> {
  return { type: 'GroupMeetingPlanned', data: { groupId: GROUP_ID, meetingId, term: 'HT', year: 2025, date, agenda } };
}

export const PRESENT = ['FK', 'AV', 'FHM'];
export function holdMeeting(
  heldOn = '2025-10-08',
  present = PRESENT,
  meetingId = MEETING_ID,
): GroupCommand<'HoldGroupMeeting'> {
  return commandOf('HoldGroupMeeting', { groupId: GROUP_ID, meetingId, heldOn, present });
}
export function meetingHeld(
  heldOn = '2025-10-08',
  present = PRESENT,
  meetingId = MEETING_ID,
): GroupEvent<'GroupMeetingHeld'> {
  return { type: 'GroupMeetingHeld', data: { groupId: GROUP_ID, meetingId, heldOn, present } };
}

export const CANCELLATION_REASON = 'För få medlemmar kunde delta';
/** A `reason` of null leaves the reason out. */
export function cancelMeeting(
  meetingId = MEETING_ID,
  reason: string | null = CANCELLATION_REASON,
): GroupCommand<'CancelGroupMeeting'> {
  return commandOf('CancelGroupMeeting', { groupId: GROUP_ID, meetingId }, reason);
}
export function meetingCancelled(
  meetingId = MEETING_ID,
  reason = CANCELLATION_REASON,
): GroupEvent<'GroupMeetingCancelled'> {
  return { type: 'GroupMeetingCancelled', data: { groupId: GROUP_ID, meetingId, reason } };
}

/** Founded by FK, with AV, FHM and SOS admitted. */
export const aFoundedGroup: GroupEvent[] = [
  groupFounded(),
  memberAdmitted(AV),
  memberAdmitted(FHM),
  memberAdmitted(SOS, '2025-09-15'),
];
export const aGroupWithAPlannedMeeting: GroupEvent[] = [...aFoundedGroup, meetingPlanned()];
export const aGroupWithAHeldMeeting: GroupEvent[] = [...aGroupWithAPlannedMeeting, meetingHeld()];
export const aGroupWithACancelledMeeting: GroupEvent[] = [...aGroupWithAPlannedMeeting, meetingCancelled()];

// ── item ────────────────────────────────────────────────────────────────────────────────────

export const ITEM_ID = 'ki-0001';
export const MEMBER_CODES = ['FK', 'AV', 'FHM', 'SOS'];
export const TOPICS = ['Rehabilitering', 'Hemtjänst'];
export const TITLE = 'Arbetsanpassning i hemtjänsten';
export const SOURCE = 'Myndigheten för arbetsmiljökunskap';
export const LINK = 'https://example.se/rapporter/arbetsanpassning-hemtjanst';
export const PROPOSED_ON = '2025-09-20';

export function proposeItem(data: Partial<ItemCommand<'ProposeItem'>['data']> = {}): ItemCommand<'ProposeItem'> {
  return commandOf('ProposeItem', {
    itemId: ITEM_ID,
    kind: 'REPORT',
    title: TITLE,
    sourceOrganisation: SOURCE,
    link: LINK,
    topics: TOPICS,
    proposedBy: 'AV',
    memberCodes: MEMBER_CODES,
    proposedOn: PROPOSED_ON,
    ...data,
  });
}
export function itemProposed(data: Partial<ItemEvent<'ItemProposed'>['data']> = {}): ItemEvent<'ItemProposed'> {
  const { memberCodes: _members, ...proposed } = proposeItem().data;
  return { type: 'ItemProposed', data: { ...proposed, ...data } };
}

export const heldMeeting: CitedGroupMeeting = { meetingId: MEETING_ID, status: 'HELD', heldOn: '2025-10-08' };
export const REVIEW_NOTE = 'Relevant för båda tillsynsaktiviteterna';
export function reviewItem(
  verdict: ReviewVerdict = 'APPROVED',
  meeting: CitedGroupMeeting = heldMeeting,
  note = REVIEW_NOTE,
): ItemCommand<'ReviewItem'> {
  return commandOf('ReviewItem', { itemId: ITEM_ID, meeting, verdict, note });
}
export function itemReviewed(
  verdict: ReviewVerdict = 'APPROVED',
  reviewedOn = '2025-10-08',
  note = REVIEW_NOTE,
): ItemEvent<'ItemReviewed'> {
  return { type: 'ItemReviewed', data: { itemId: ITEM_ID, meetingId: MEETING_ID, reviewedOn, verdict, note } };
}

export function publishItem(publishedOn = '2025-10-15'): ItemCommand<'PublishItem'> {
  return commandOf('PublishItem', { itemId: ITEM_ID, publishedOn });
}
export function itemPublished(publishedOn = '2025-10-15'): ItemEvent<'ItemPublished'> {
  return { type: 'ItemPublished', data: { itemId: ITEM_ID, publishedOn } };
}

export const RETIREMENT_REASON = 'Ersatt av en nyare rapport';
/** A `reason` of null leaves the reason out. */
export function retireItem(
  retiredOn = '2025-11-10',
  reason: string | null = RETIREMENT_REASON,
): ItemCommand<'RetireItem'> {
  return commandOf('RetireItem', { itemId: ITEM_ID, retiredOn }, reason);
}
export function itemRetired(retiredOn = '2025-11-10', reason = RETIREMENT_REASON): ItemEvent<'ItemRetired'> {
  return { type: 'ItemRetired', data: { itemId: ITEM_ID, retiredOn, reason } };
}

export const FORUM_ID = 'forum-vast';
export const FORUM_MEETING_ID = 'fm-2025-vast-3';
export function forumMeeting(data: Partial<PresentedAtForumMeeting> = {}): PresentedAtForumMeeting {
  return { meetingId: FORUM_MEETING_ID, exists: true, forumId: FORUM_ID, status: 'HELD', date: '2025-10-22', ...data };
}
export function recordPresentation(
  meeting: PresentedAtForumMeeting = forumMeeting(),
): ItemCommand<'RecordPresentation'> {
  return commandOf('RecordPresentation', { itemId: ITEM_ID, forumMeeting: meeting });
}
export function itemPresented(
  forumMeetingId = FORUM_MEETING_ID,
  presentedOn = '2025-10-22',
  forumId = FORUM_ID,
): ItemEvent<'ItemPresented'> {
  return { type: 'ItemPresented', data: { itemId: ITEM_ID, forumId, forumMeetingId, presentedOn } };
}

export const aProposedItem: ItemEvent[] = [itemProposed()];
export const aReviewedItem: ItemEvent[] = [...aProposedItem, itemReviewed()];
export const aRejectedItem: ItemEvent[] = [...aProposedItem, itemReviewed('REJECTED')];
export const aPublishedItem: ItemEvent[] = [...aReviewedItem, itemPublished()];
export const aRetiredItem: ItemEvent[] = [...aPublishedItem, itemRetired()];
