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

export interface NoItem {
  status: 'NONE';
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

export type ItemState = NoItem | ExistingItem;

export function initialItemState(): ItemState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveItem(state: ItemState, event: ItemEvent): ItemState {
  switch (event.type) {
    case 'ItemProposed': {
      const { itemId, kind, title, sourceOrganisation, link, topics, proposedBy, proposedOn } = event.data;
      return {
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
      };
    }
    case 'ItemReviewed': {
      const { meetingId, verdict, reviewedOn } = event.data;
      return onItem(state, (item) => ({
        ...item,
        status: verdict === 'APPROVED' ? 'REVIEWED' : 'REJECTED',
        reviews: [...item.reviews, { meetingId, verdict, reviewedOn }],
      }));
    }
    case 'ItemPublished':
      return onItem(state, (item) => ({ ...item, status: 'PUBLISHED', publishedOn: event.data.publishedOn }));
    case 'ItemRetired': {
      const { retiredOn, reason } = event.data;
      return onItem(state, (item) => ({ ...item, status: 'RETIRED', retiredOn, retirementReason: reason }));
    }
    case 'ItemPresented': {
      const { forumMeetingId, forumId, presentedOn } = event.data;
      return onItem(state, (item) =>
        item.presentations.some((p) => p.forumMeetingId === forumMeetingId)
          ? item
          : { ...item, presentations: [...item.presentations, { forumMeetingId, forumId, presentedOn }] },
      );
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before ItemProposed cannot occur in an item stream; if one did, it changes nothing. */
function onItem(state: ItemState, change: (item: ExistingItem) => ExistingItem): ItemState {
  return state.status === 'NONE' ? state : change(state);
}
