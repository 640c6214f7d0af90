import { CommandIn, EventIn } from '@samverkan/core/domain';
import { CitedGroupMeeting, IsoDate, ItemKind, PresentedAtForumMeeting, ReviewVerdict } from './knowledge.model';

export interface ItemCommands {
  /**
   * A member organisation proposes an item. `memberCodes` is the group's current member list as
   * the application read it: only members propose.
   */
  ProposeItem: ItemEvent<'ItemProposed'>['data'] & { memberCodes: string[] };
  /** Reviewed at a held meeting of the group, citing it; an approved item may be published. */
  ReviewItem: { itemId: string; meeting: CitedGroupMeeting; verdict: ReviewVerdict; note: string };
  PublishItem: { itemId: string; publishedOn: IsoDate };
  /** A decision (reason required): the item is no longer current. */
  RetireItem: { itemId: string; retiredOn: IsoDate };
  /** Where the item was presented: a meeting of a regional forum. A retired item is not presented. */
  RecordPresentation: { itemId: string; forumMeeting: PresentedAtForumMeeting };
}

export type ItemCommand<T extends keyof ItemCommands = keyof ItemCommands> = CommandIn<ItemCommands, T>;

export interface ItemEvents {
  ItemProposed: {
    itemId: string;
    kind: ItemKind;
    title: string;
    sourceOrganisation: string;
    link: string;
    topics: string[];
    /** The proposing member's organisation code. */
    proposedBy: string;
    proposedOn: IsoDate;
  };
  ItemReviewed: { itemId: string; meetingId: string; reviewedOn: IsoDate; verdict: ReviewVerdict; note: string };
  ItemPublished: { itemId: string; publishedOn: IsoDate };
  ItemRetired: { itemId: string; retiredOn: IsoDate; reason: string };
  ItemPresented: { itemId: string; forumId: string; forumMeetingId: string; presentedOn: IsoDate };
}

export type ItemEvent<T extends keyof ItemEvents = keyof ItemEvents> = EventIn<ItemEvents, T>;
