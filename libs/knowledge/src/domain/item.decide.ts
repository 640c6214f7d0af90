import {
  calendarDate,
  decideByType,
  DomainRuleViolation,
  existingIn,
  notBefore,
  onEntity,
  oneOf,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
  requireStatus,
} from '@samverkan/core/domain';
import { ItemCommand, ItemEvent } from './item.commands';
import { ExistingItem, ItemState } from './item.state';
import { KNOWLEDGE_TEXT_LIMITS, organisationCode, validLink } from './knowledge.guards';
import { ITEM_KINDS, REVIEW_VERDICTS } from './knowledge.model';
import { KNOWLEDGE_RULES } from './knowledge.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the item exist and is it in a status that
// allows the command, then what the application read (meetings), then the command's own content,
// then the reason. Proposed → reviewed or rejected; reviewed → published → retired; never back.

const existingItem = existingIn<ExistingItem>('Item');
const onItem = onEntity(existingItem, 'itemId');

export const decideItem = decideByType<ItemCommand, ItemState, ItemEvent>('knowledge item', {
  ProposeItem: propose,
  ReviewItem: onItem(review),
  PublishItem: onItem(publish),
  RetireItem: onItem(retire),
  RecordPresentation: onItem(recordPresentation),
});

/** Only a current member of the group proposes; the item names its source, link and topics. */
function propose(command: ItemCommand<'ProposeItem'>, state: ItemState): ItemEvent[] {
  const itemId = requiredId(command.data.itemId, 'itemId');
  if (state.status !== 'NONE') {
    throw KNOWLEDGE_RULES.violation('ITEM_ALREADY_PROPOSED', `Item ${itemId} was proposed on ${state.proposedOn}`, {
      itemId,
    });
  }
  const details = { itemId };
  const proposedBy = organisationCode(command.data.proposedBy, details);
  const { memberCodes } = command.data;
  const isMember =
    Array.isArray(memberCodes) && memberCodes.some((code) => typeof code === 'string' && code.trim() === proposedBy);
  if (!isMember) {
    throw KNOWLEDGE_RULES.violation('ONLY_MEMBERS_PROPOSE', `${proposedBy} is not a member of the group`, {
      itemId,
      proposedBy,
    });
  }
  const kind = oneOf(command.data.kind, ITEM_KINDS, 'kind', details);
  const title = requiredText(command.data.title, 'title', { details });
  const sourceOrganisation = requiredText(command.data.sourceOrganisation, 'sourceOrganisation', { details });
  const link = validLink(command.data.link, details);
  const topics = validTopics(command.data.topics, details);
  const proposedOn = pastOrToday(command.data.proposedOn, 'proposedOn', command.metadata.now, details);
  return [
    { type: 'ItemProposed', data: { itemId, kind, title, sourceOrganisation, link, topics, proposedBy, proposedOn } },
  ];
}

/** At a held group meeting, dated by it; a rejected item is final (propose it anew as a new item). */
function review(command: ItemCommand<'ReviewItem'>, item: ExistingItem): ItemEvent[] {
  const { itemId } = item;
  requireStatus(item, ['PROPOSED'], KNOWLEDGE_RULES.code('ITEM_NOT_PROPOSED'), `Item ${itemId}`, { itemId });
  const { meeting } = command.data;
  const meetingId = requiredId(meeting?.meetingId, 'meetingId', { itemId });
  const details = { itemId, meetingId };
  if (meeting.status === 'NONE') {
    throw KNOWLEDGE_RULES.violation('GROUP_MEETING_NOT_FOUND', `Group meeting ${meetingId} was not found`, details);
  }
  const held = requireStatus(
    meeting,
    ['HELD'],
    KNOWLEDGE_RULES.code('REVIEW_NEEDS_HELD_MEETING'),
    `Group meeting ${meetingId}`,
    details,
  );
  const reviewedOn = calendarDate(held.heldOn, 'heldOn', details);
  notBefore(reviewedOn, item.proposedOn, KNOWLEDGE_RULES.code('REVIEW_BEFORE_PROPOSED'), 'heldOn', details);
  const verdict = oneOf(command.data.verdict, REVIEW_VERDICTS, 'verdict', details);
  const note = requiredText(command.data.note, 'note', { max: KNOWLEDGE_TEXT_LIMITS.long, details });
  return [{ type: 'ItemReviewed', data: { itemId, meetingId, reviewedOn, verdict, note } }];
}

function publish(command: ItemCommand<'PublishItem'>, item: ExistingItem): ItemEvent[] {
  const { itemId } = item;
  if (item.status !== 'REVIEWED') throw notReviewed(item);
  const publishedOn = pastOrToday(command.data.publishedOn, 'publishedOn', command.metadata.now, { itemId });
  notBefore(publishedOn, lastReview(item), KNOWLEDGE_RULES.code('PUBLISHED_BEFORE_REVIEW'), 'publishedOn', { itemId });
  return [{ type: 'ItemPublished', data: { itemId, publishedOn } }];
}

/** A decision: a published (or approved, not yet published) item is no longer current. */
function retire(command: ItemCommand<'RetireItem'>, item: ExistingItem): ItemEvent[] {
  const { itemId } = item;
  if (item.status === 'RETIRED') throw retired(item);
  requireStatus(item, ['PUBLISHED', 'REVIEWED'], KNOWLEDGE_RULES.code('ITEM_NOT_PUBLISHED'), `Item ${itemId}`, {
    itemId,
  });
  const retiredOn = pastOrToday(command.data.retiredOn, 'retiredOn', command.metadata.now, { itemId });
  notBefore(
    retiredOn,
    item.publishedOn ?? lastReview(item),
    KNOWLEDGE_RULES.code('RETIRED_BEFORE_PUBLISHED'),
    'retiredOn',
    { itemId },
  );
  const reason = requiredReason(command.reason, { itemId });
  return [{ type: 'ItemRetired', data: { itemId, retiredOn, reason } }];
}

/** At a held forum meeting, dated by it; the same forum meeting again changes nothing. */
function recordPresentation(command: ItemCommand<'RecordPresentation'>, item: ExistingItem): ItemEvent[] {
  const { itemId } = item;
  if (item.status === 'RETIRED') throw retired(item);
  if (item.status === 'REJECTED') throw rejected(item);
  const { forumMeeting } = command.data;
  const forumMeetingId = requiredId(forumMeeting?.meetingId, 'forumMeetingId', { itemId });
  if (item.presentations.some((presentation) => presentation.forumMeetingId === forumMeetingId)) return [];
  const details = { itemId, forumMeetingId };
  if (!forumMeeting.exists || forumMeeting.status === 'NONE') {
    throw KNOWLEDGE_RULES.violation(
      'FORUM_MEETING_NOT_FOUND',
      `Forum meeting ${forumMeetingId} was not found`,
      details,
    );
  }
  const label = `Forum meeting ${forumMeetingId}`;
  requireStatus(forumMeeting, ['HELD'], KNOWLEDGE_RULES.code('PRESENTATION_NEEDS_HELD_MEETING'), label, details);
  const forumId = requiredId(forumMeeting.forumId, 'forumId', details);
  const presentedOn = calendarDate(forumMeeting.date, 'date', details);
  return [{ type: 'ItemPresented', data: { itemId, forumId, forumMeetingId, presentedOn } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

function notReviewed(item: ExistingItem): DomainRuleViolation {
  const { itemId, status } = item;
  switch (status) {
    case 'REJECTED':
      return rejected(item);
    case 'PUBLISHED':
      return KNOWLEDGE_RULES.violation(
        'ITEM_ALREADY_PUBLISHED',
        `Item ${itemId} was published on ${item.publishedOn}`,
        { itemId },
      );
    case 'RETIRED':
      return retired(item);
    default:
      return KNOWLEDGE_RULES.violation('NOT_REVIEWED', `Item ${itemId} is not yet reviewed`, { itemId, status });
  }
}

function rejected({ itemId }: ExistingItem): DomainRuleViolation {
  return KNOWLEDGE_RULES.violation('ITEM_REJECTED', `Item ${itemId} was rejected; propose it anew as a new item`, {
    itemId,
  });
}

function retired({ itemId, retiredOn }: ExistingItem): DomainRuleViolation {
  return KNOWLEDGE_RULES.violation('ITEM_RETIRED', `Item ${itemId} was retired on ${retiredOn}`, { itemId, retiredOn });
}

/** The date of the approving review; only a review moves an item past PROPOSED, so it has one. */
function lastReview(item: ExistingItem): string {
  return item.reviews[item.reviews.length - 1].reviewedOn;
}

/** At least one topic, each trimmed and non-blank, none given twice in any case. */
function validTopics(topics: string[] | undefined, details: Record<string, unknown>): string[] {
  if (!Array.isArray(topics) || topics.length === 0) {
    throw KNOWLEDGE_RULES.violation('TOPIC_REQUIRED', 'An item has at least one topic', details);
  }
  const valid: string[] = [];
  topics.forEach((value, index) => {
    const topic = typeof value === 'string' ? value.trim() : '';
    if (!topic) throw KNOWLEDGE_RULES.violation('INVALID_TOPIC', `Topic ${index + 1} is blank`, { ...details, index });
    if (valid.some((other) => other.toLocaleLowerCase('sv') === topic.toLocaleLowerCase('sv'))) {
      throw KNOWLEDGE_RULES.violation('INVALID_TOPIC', `Topic ${topic} is given twice`, { ...details, index, topic });
    }
    valid.push(requiredText(topic, 'topics', { details: { ...details, index } }));
  });
  return valid;
}
