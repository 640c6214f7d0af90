import type { IsoDate, ItemEvent, ReviewVerdict, Term } from '../domain';

export interface MembershipDoc {
  code: string;
  name: string;
  periods: { joinedOn: IsoDate; leftOn: IsoDate | null; reason: string | null }[];
  active: boolean;
  host: boolean;
}

export interface GroupMeetingDoc {
  meetingId: string;
  term: Term;
  year: number;
  date: IsoDate;
  agenda: string[];
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  heldOn: IsoDate | null;
  present: string[];
  cancellationReason: string | null;
}

export interface GroupDoc {
  groupId: string;
  hostCode: string;
  foundedOn: IsoDate;
  members: MembershipDoc[];
  meetings: GroupMeetingDoc[];
}

export type ItemStatus = 'PROPOSED' | 'REVIEWED' | 'REJECTED' | 'PUBLISHED' | 'RETIRED';

/** The document starts as the proposal recorded it. */
type ProposedItem = ItemEvent<'ItemProposed'>['data'];

export interface ItemDoc extends ProposedItem {
  status: ItemStatus;
  reviews: { meetingId: string; reviewedOn: IsoDate; verdict: ReviewVerdict; note: string; reason: string | null }[];
  publishedOn: IsoDate | null;
  retiredOn: IsoDate | null;
  retireReason: string | null;
  presentations: { forumId: string; forumMeetingId: string; presentedOn: IsoDate }[];
  position: string;
}
