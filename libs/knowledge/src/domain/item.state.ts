import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { ItemEvent } from './item.commands';
import { IsoDate, ItemKind, ReviewVerdict } from './knowledge.model';

/** A review at a held group meeting, dated by the meeting. */
export interface ItemReview {
  meetingId: string;
  verdict: ReviewVerdict;
  reviewedOn: IsoDate;
}

/** A forum meeting (forums module) the item was presented at. */
export interface ItemPresentation {
  forumMeetingId: string;
  forumId: string;
  presentedOn: IsoDate;
}

/** Proposed → reviewed (approved) or rejected; reviewed → published → retired; rejected is final. */
export type ItemStatus = 'PROPOSED' | 'REVIEWED' | 'REJECTED' | 'PUBLISHED' | 'RETIRED';

export interface ExistingItem {
  status: ItemStatus;
  itemId: string;
  kind: ItemKind;
  title: string;
  /** The organisation the knowledge comes from. */
  source: string;
  link: string;
  topics: readonly string[];
  /** The code of the member organisation that proposed it. */
  proposedBy: string;
  proposedOn: IsoDate;
  /** In the order they were made. */
  reviews: readonly ItemReview[];
  publishedOn?: IsoDate;
  retiredOn?: IsoDate;
  retirementReason?: string;
  /** Each forum meeting once, in the order recorded. */
  presentations: readonly ItemPresentation[];
}

export type ItemState = NotStarted | ExistingItem;

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveItem = evolveEntity<ItemEvent, ExistingItem, 'ItemProposed'>(
  {
    ItemProposed: ({ data: { itemId, kind, title, sourceOrganisation, link, topics, proposedBy, proposedOn } }) => ({
      status: 'PROPOSED',
      itemId,
      kind,
      title,
      source: sourceOrganisation,
      link,
      topics: [...topics],
      proposedBy,
      proposedOn,
      reviews: [],
      presentations: [],
    }),
  },
  {
    ItemReviewed: (item, { data: { meetingId, verdict, reviewedOn } }) => ({
      ...item,
      status: verdict === 'APPROVED' ? 'REVIEWED' : 'REJECTED',
      reviews: [...item.reviews, { meetingId, verdict, reviewedOn }],
    }),
    ItemPublished: (item, { data }) => ({ ...item, status: 'PUBLISHED', publishedOn: data.publishedOn }),
    ItemRetired: (item, { data: { retiredOn, reason } }) => ({
      ...item,
      status: 'RETIRED',
      retiredOn,
      retirementReason: reason,
    }),
    ItemPresented: (item, { data: { forumMeetingId, forumId, presentedOn } }) =>
      item.presentations.some((p) => p.forumMeetingId === forumMeetingId)
        ? item
        : { ...item, presentations: [...item.presentations, { forumMeetingId, forumId, presentedOn }] },
  },
);
