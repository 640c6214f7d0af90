import { ProjectedEvent } from '@samverkan/core';
import type { CampaignEvent } from '@samverkan/supervision';
import type { DialogueMeetingEvent } from '@samverkan/dialogue';
import type { ForumEvent, JointActionEvent, MeetingEvent } from '@samverkan/forums';
import type { GroupEvent } from '@samverkan/knowledge';
import type { TipEvent } from '@samverkan/tips';
import { occurredOn, refOf, WorldClock } from './event-refs';
import { TrackedDoc, TrackedMeeting } from './tracked.documents';
import { evolvePlan } from './tracked-plan.evolve';

/** The categories of other modules oversight reads, by their stream names. */
export const TRACKED_CATEGORIES = [
  'tip',
  'jointAction',
  'plan',
  'dialogueMeeting',
  'forum',
  'forumMeeting',
  'knowledgeGroup',
  'campaign',
];

/**
 * Folds one event of another module into the document of its stream: pure, keyed by stream. Days
 * are those the facts happened on (stated in the data, or the catalog's world time), so a fact
 * recorded late counts from when it happened.
 */
export function evolveTracked(doc: TrackedDoc | null, event: ProjectedEvent, clock: WorldClock): TrackedDoc | null {
  const category = event.stream.slice(0, event.stream.indexOf('-'));
  switch (category) {
    case 'tip':
      return evolveTip(doc, event);
    case 'jointAction':
      return evolveJointAction(doc, event, clock);
    case 'plan':
      return evolvePlan(doc?.category === 'plan' ? doc : null, event, clock);
    case 'dialogueMeeting':
      return evolveDialogue(doc, event);
    case 'forum':
      return evolveForum(doc, event);
    case 'forumMeeting':
      return evolveForumMeeting(doc, event);
    case 'knowledgeGroup':
      return evolveGroup(doc, event);
    case 'campaign':
      return evolveCampaign(doc, event);
    default:
      return doc;
  }
}

function evolveTip(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as TipEvent;
  if (e.type === 'TipCompiled')
    return { category: 'tip', tipId: e.data.tipId, employerName: e.data.employer.name, sentOn: null, outcomeOn: null };
  if (doc?.category !== 'tip') return doc;
  switch (e.type) {
    case 'TipSent':
      return { ...doc, sentOn: e.data.sentOn };
    case 'DirectActionRecorded':
    case 'IndirectUseRecorded':
    case 'NoActionRecorded':
      return { ...doc, outcomeOn: doc.outcomeOn ?? e.data.decidedOn };
    default:
      return doc;
  }
}

function evolveJointAction(doc: TrackedDoc | null, event: ProjectedEvent, clock: WorldClock): TrackedDoc | null {
  const e = event as unknown as JointActionEvent;
  if (e.type === 'JointActionAgreed') {
    const { jointActionId, forumId, title, owner, dueDate } = e.data;
    return {
      category: 'jointAction',
      jointActionId,
      forumId,
      title,
      owner: owner.organisation,
      agreedOn: occurredOn(event, clock),
      dueDate,
      status: 'OPEN',
    };
  }
  if (doc?.category !== 'jointAction') return doc;
  switch (e.type) {
    case 'JointActionDueDateChanged':
      return { ...doc, dueDate: e.data.dueDate };
    case 'JointActionCompleted':
      return { ...doc, status: 'DONE' };
    case 'JointActionDropped':
      return { ...doc, status: 'DROPPED' };
    default:
      return doc;
  }
}

function evolveDialogue(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as DialogueMeetingEvent;
  if (e.type === 'DialogueMeetingPlanned') {
    const { meetingId, area, kind } = e.data;
    return { category: 'dialogueMeeting', meetingId, area, kind, heldOn: null, cancelled: false, outcomesOn: null };
  }
  if (doc?.category !== 'dialogueMeeting') return doc;
  switch (e.type) {
    case 'DialogueMeetingHeld':
      return { ...doc, heldOn: e.data.heldOn };
    case 'DialogueMeetingCancelled':
      return { ...doc, cancelled: true };
    case 'DialogueOutcomesRecorded':
      return { ...doc, outcomesOn: doc.outcomesOn ?? e.data.recordedOn };
    default:
      return doc;
  }
}

function evolveForum(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as ForumEvent;
  if (e.type === 'ForumEstablished')
    return { category: 'forum', forumId: e.data.forumId, name: e.data.name, establishedOn: e.data.establishedOn };
  return doc;
}

function evolveForumMeeting(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as MeetingEvent;
  if (e.type === 'MeetingPlanned') {
    const { meetingId, forumId, term, year, date } = e.data;
    return {
      category: 'forumMeeting',
      meetingId,
      forumId,
      term,
      year,
      date,
      status: 'PLANNED',
      heldOn: null,
      held: null,
    };
  }
  if (doc?.category !== 'forumMeeting') return doc;
  return meetingChange(doc, e, event);
}

function evolveGroup(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as GroupEvent;
  if (e.type === 'GroupFounded')
    return { category: 'knowledgeGroup', groupId: e.data.groupId, foundedOn: e.data.foundedOn, meetings: [] };
  if (doc?.category !== 'knowledgeGroup') return doc;
  if (e.type === 'GroupMeetingPlanned') {
    const { meetingId, term, year, date } = e.data;
    const meeting: TrackedMeeting = { meetingId, term, year, date, status: 'PLANNED', heldOn: null, held: null };
    return { ...doc, meetings: [...doc.meetings, meeting] };
  }
  if (e.type === 'GroupMeetingHeld' || e.type === 'GroupMeetingCancelled') {
    const change =
      e.type === 'GroupMeetingHeld'
        ? (m: TrackedMeeting): TrackedMeeting => ({ ...m, status: 'HELD', heldOn: e.data.heldOn, held: refOf(event) })
        : (m: TrackedMeeting): TrackedMeeting => ({ ...m, status: 'CANCELLED' });
    return { ...doc, meetings: doc.meetings.map((m) => (m.meetingId === e.data.meetingId ? change(m) : m)) };
  }
  return doc;
}

function meetingChange<M extends TrackedMeeting>(meeting: M, e: MeetingEvent, event: ProjectedEvent): M {
  switch (e.type) {
    case 'MeetingRescheduled':
      return { ...meeting, date: e.data.date };
    case 'MeetingHeld':
      return { ...meeting, status: 'HELD', heldOn: e.data.heldOn, held: refOf(event) };
    case 'MeetingCancelled':
      return { ...meeting, status: 'CANCELLED' };
    default:
      return meeting;
  }
}

function evolveCampaign(doc: TrackedDoc | null, event: ProjectedEvent): TrackedDoc | null {
  const e = event as unknown as CampaignEvent;
  if (e.type === 'CampaignPlanned') {
    const { campaignId, name, period } = e.data;
    return {
      category: 'campaign',
      campaignId,
      name,
      period: { ...period },
      launchedOn: null,
      launched: null,
      concludedOn: null,
      concluded: null,
    };
  }
  if (doc?.category !== 'campaign') return doc;
  switch (e.type) {
    case 'CampaignLaunched':
      return { ...doc, launchedOn: e.data.launchedOn, launched: refOf(event) };
    case 'CampaignConcluded':
      return { ...doc, concludedOn: e.data.concludedOn, concluded: refOf(event) };
    default:
      return doc;
  }
}
