import { documentProjection, EventMetadata, Projection } from '@samverkan/core';
import type { GroupEvent, ItemEvent } from '../domain';
import { GroupDoc, ItemDoc } from './knowledge.documents';

export const GROUP_TABLE = 'knowledge_group';
export const ITEM_TABLE = 'knowledge_item';

export const groupProjection: Projection = documentProjection<GroupDoc>({
  name: 'knowledge.group',
  version: 1,
  table: GROUP_TABLE,
  categories: ['knowledgeGroup'],
  keyOf: (event) => (event.data as { groupId?: string }).groupId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as GroupEvent;
    if (e.type === 'GroupFounded') {
      const { groupId, host, foundedOn } = e.data;
      return {
        groupId,
        hostCode: host.code,
        foundedOn,
        meetings: [],
        members: [
          { ...host, periods: [{ joinedOn: foundedOn, leftOn: null, reason: null }], active: true, host: true },
        ],
      };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'GroupMemberAdmitted': {
        const { member, joinedOn } = e.data;
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
      }
      case 'GroupMemberRemoved':
        return {
          ...doc,
          members: doc.members.map((m) =>
            m.code === e.data.code
              ? {
                  ...m,
                  active: false,
                  periods: m.periods.map((p) =>
                    p.leftOn === null ? { ...p, leftOn: e.data.leftOn, reason: e.data.reason } : p,
                  ),
                }
              : m,
          ),
        };
      case 'GroupMeetingPlanned': {
        const { meetingId, term, year, date, agenda } = e.data;
        return {
          ...doc,
          meetings: [
            ...doc.meetings,
            {
              meetingId,
              term,
              year,
              date,
              agenda,
              status: 'PLANNED',
              heldOn: null,
              present: [],
              cancellationReason: null,
            },
          ],
        };
      }
      case 'GroupMeetingHeld':
        return {
          ...doc,
          meetings: doc.meetings.map((m) =>
            m.meetingId === e.data.meetingId
              ? { ...m, status: 'HELD', heldOn: e.data.heldOn, present: e.data.present }
              : m,
          ),
        };
      case 'GroupMeetingCancelled':
        return {
          ...doc,
          meetings: doc.meetings.map((m) =>
            m.meetingId === e.data.meetingId ? { ...m, status: 'CANCELLED', cancellationReason: e.data.reason } : m,
          ),
        };
      default:
        return doc;
    }
  },
});

export const itemProjection: Projection = documentProjection<ItemDoc>({
  name: 'knowledge.item',
  version: 1,
  table: ITEM_TABLE,
  categories: ['knowledgeItem'],
  keyOf: (event) => (event.data as { itemId?: string }).itemId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as ItemEvent;
    if (e.type === 'ItemProposed') {
      return {
        ...e.data,
        status: 'PROPOSED',
        reviews: [],
        publishedOn: null,
        retiredOn: null,
        retireReason: null,
        presentations: [],
        position: event.position.toString(),
      };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'ItemReviewed': {
        const reason = (event.metadata as Partial<EventMetadata>).reason ?? null;
        const { meetingId, reviewedOn, verdict, note } = e.data;
        return {
          ...doc,
          status: verdict === 'APPROVED' ? 'REVIEWED' : 'REJECTED',
          reviews: [...doc.reviews, { meetingId, reviewedOn, verdict, note, reason }],
        };
      }
      case 'ItemPublished':
        return { ...doc, status: 'PUBLISHED', publishedOn: e.data.publishedOn };
      case 'ItemRetired':
        return { ...doc, status: 'RETIRED', retiredOn: e.data.retiredOn, retireReason: e.data.reason };
      case 'ItemPresented': {
        const { forumId, forumMeetingId, presentedOn } = e.data;
        return { ...doc, presentations: [...doc.presentations, { forumId, forumMeetingId, presentedOn }] };
      }
      default:
        return doc;
    }
  },
});

export const knowledgeProjections = [groupProjection, itemProjection];
