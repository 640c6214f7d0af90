import { EXPECTED_GROUP_MEETINGS_PER_TERM } from '../domain';
import { GroupDoc, ItemDoc } from '../read-model/knowledge.documents';
import { Versioned } from '../read-model/knowledge.queries';
import { KnowledgeGroupType, KnowledgeItemType, PresentationType } from './knowledge.types';

/** Forum names and meeting titles for an item's presentations, from the forums module's read models. */
export interface Names {
  forums: Map<string, string>;
  meetings: Map<string, string>;
}

export function toGroupType({ doc, revision }: Versioned<GroupDoc>): KnowledgeGroupType {
  const meetings = [...doc.meetings].sort((a, b) => (a.heldOn ?? a.date).localeCompare(b.heldOn ?? b.date));
  const terms = new Map<string, { year: number; term: string; held: number }>();
  for (const m of meetings) {
    const key = `${m.year}-${m.term}`;
    const entry = terms.get(key) ?? { year: m.year, term: m.term, held: 0 };
    if (m.status === 'HELD') entry.held += 1;
    terms.set(key, entry);
  }
  return {
    id: doc.groupId,
    hostCode: doc.hostCode,
    foundedOn: doc.foundedOn,
    members: doc.members,
    meetings: meetings.map((m) => ({ ...m, id: m.meetingId })),
    terms: [...terms.values()].map((t) => ({ ...t, expected: EXPECTED_GROUP_MEETINGS_PER_TERM })),
    revision,
  };
}

export function toItemType({ doc, revision }: Versioned<ItemDoc>, names: Names): KnowledgeItemType {
  const presentations: PresentationType[] = doc.presentations.map((p) => ({
    ...p,
    forumName: names.forums.get(p.forumId) ?? null,
    meetingTitle: names.meetings.get(p.forumMeetingId) ?? null,
  }));
  return { ...doc, id: doc.itemId, presentations, revision };
}
