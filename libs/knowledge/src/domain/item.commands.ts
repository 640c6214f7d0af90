import { Command, DomainEvent } from '@samverkan/core/domain';
import { CitedGroupMeeting, IsoDate, ItemKind, PresentedAtForumMeeting, ReviewVerdict } from './knowledge.model';

/**
 * A member organisation proposes an item. `memberCodes` is the group's current member list as
 * the application read it: only members propose.
 */
export type ProposeItem = Command<'ProposeItem', ItemProposed['data'] & { memberCodes: string[] }>;

/** Reviewed at a held meeting of the group, citing it; an approved item may be published. */
export type ReviewItem = Command<
  'ReviewItem',
  { itemId: string; meeting: CitedGroupMeeting; verdict: ReviewVerdict; note: string }
>;

export type PublishItem = Command<'PublishItem', { itemId: string; publishedOn: IsoDate }>;

/** A decision (reason required): the item is no longer current. */
export type RetireItem = Command<'RetireItem', { itemId: string; retiredOn: IsoDate }>;

/** Where the item was presented: a meeting of a regional forum. A retired item is not presented. */
export type RecordPresentation = Command<
  'RecordPresentation',
  { itemId: string; forumMeeting: PresentedAtForumMeeting }
>;

export type ItemCommand = ProposeItem | ReviewItem | PublishItem | RetireItem | RecordPresentation;

export type ItemProposed = DomainEvent<
  'ItemProposed',
  {
    itemId: string;
    kind: ItemKind;
    title: string;
    sourceOrganisation: string;
    link: string;
    topics: string[];
    proposedBy: string;
    proposedOn: IsoDate;
  }
>;
export type ItemReviewed = DomainEvent<
  'ItemReviewed',
  { itemId: string; meetingId: string; reviewedOn: IsoDate; verdict: ReviewVerdict; note: string }
>;
export type ItemPublished = DomainEvent<'ItemPublished', { itemId: string; publishedOn: IsoDate }>;
export type ItemRetired = DomainEvent<'ItemRetired', { itemId: string; retiredOn: IsoDate; reason: string }>;
export type ItemPresented = DomainEvent<
  'ItemPresented',
  { itemId: string; forumId: string; forumMeetingId: string; presentedOn: IsoDate }
>;

export type ItemEvent = ItemProposed | ItemReviewed | ItemPublished | ItemRetired | ItemPresented;
