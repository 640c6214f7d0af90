import { entityProjection, EventMetadata, Projection } from '@samverkan/core';
import type { GroupEvent, ItemEvent } from '../domain';
import { GroupDoc, ItemDoc } from './knowledge.documents';

export const GROUP_TABLE = 'knowledge_group';
export const ITEM_TABLE = 'knowledge_item';

export const groupProjection: Projection = entityProjection<GroupEvent, GroupDoc>({
  name: 'knowledge.group',
  table: GROUP_TABLE,
  category: 'knowledgeGroup',
  key: 'groupId',
  start: {
    GroupFounded: ({ data: { groupId, host, foundedOn } }) => ({
      groupId,
      hostCode: host.code,
      foundedOn,
      meetings: [],
      members: [{ ...host, periods: [{ joinedOn: foundedOn, leftOn: null, reason: null }], active: true, host: true }],
    }),
  },
  change: {
    GroupMemberAdmitted: (doc, { data: { member, joinedOn } }) => {
      const known = doc.members.find((m) => m.code === member.code);
      const period = { joinedOn, leftOn: null, reason: null };
      return {
        ...doc,
        members: known
          ? doc.members.map((m) =>
              m.code === member.code ? { ...m, name: member.name, active: true, periods: [...m.periods, period] } : m,
            )
          : [...doc.members, { ...member, periods: [period], active: true, host: false }],
      };
    },
    GroupMemberRemoved: (doc, { data }) => ({
      ...doc,
      members: doc.members.map((m) =>
        m.code === data.code
          ? {
              ...m,
              active: false,
              periods: m.periods.map((p) =>
                p.leftOn === null ? { ...p, leftOn: data.leftOn, reason: data.reason } : p,
              ),
            }
          : m,
      ),
    }),
    GroupMeetingPlanned: (doc, { data: { meetingId, term, year, date, agenda } }) => ({
      ...doc,
      meetings: [
        ...doc.meetings,
        { meetingId, term, year, date, agenda, status: 'PLANNED', heldOn: null, present: [], cancellationReason: null },
      ],
    }),
    GroupMeetingHeld: (doc, { data }) =>
      withMeeting(doc, data.meetingId, { status: 'HELD', heldOn: data.heldOn, present: data.present }),
    GroupMeetingCancelled: (doc, { data }) =>
      withMeeting(doc, data.meetingId, { status: 'CANCELLED', cancellationReason: data.reason }),
  },
});

function withMeeting(doc: GroupDoc, meetingId: string, change: Partial<GroupDoc['meetings'][number]>): GroupDoc {
  return { ...doc, meetings: doc.meetings.map((m) => (m.meetingId === meetingId ? { ...m, ...change } : m)) };
}

export const itemProjection: Projection = entityProjection<ItemEvent, ItemDoc>({
  name: 'knowledge.item',
  table: ITEM_TABLE,
  category: 'knowledgeItem',
  key: 'itemId',
  start: {
    ItemProposed: ({ data }, { position }) => ({
      ...data,
      status: 'PROPOSED',
      reviews: [],
      publishedOn: null,
      retiredOn: null,
      retireReason: null,
      presentations: [],
      position: position.toString(),
    }),
  },
  change: {
    ItemReviewed: (doc, { data: { meetingId, reviewedOn, verdict, note } }, { metadata }) => {
      const reason = (metadata as Partial<EventMetadata>).reason ?? null;
      return {
        ...doc,
        status: verdict === 'APPROVED' ? 'REVIEWED' : 'REJECTED',
        reviews: [...doc.reviews, { meetingId, reviewedOn, verdict, note, reason }],
      };
    },
    ItemPublished: (doc, { data }) => ({ ...doc, status: 'PUBLISHED', publishedOn: data.publishedOn }),
    ItemRetired: (doc, { data }) => ({
      ...doc,
      status: 'RETIRED',
      retiredOn: data.retiredOn,
      retireReason: data.reason,
    }),
    ItemPresented: (doc, { data: { forumId, forumMeetingId, presentedOn } }) => ({
      ...doc,
      presentations: [...doc.presentations, { forumId, forumMeetingId, presentedOn }],
    }),
  },
});

export const knowledgeProjections = [groupProjection, itemProjection];
