import { DomainEvent, ProjectedEvent } from '@samverkan/core';
import type { CampaignEvent } from '@samverkan/supervision';
import type { DialogueMeetingEvent } from '@samverkan/dialogue';
import type { ForumEvent, JointActionEvent, MeetingEvent } from '@samverkan/forums';
import type { GroupEvent } from '@samverkan/knowledge';
import type { TipEvent } from '@samverkan/tips';
import { occurredOn, refOf, WorldClock } from './event-refs';
import {
  TrackedCategory,
  TrackedDoc,
  TrackedForumMeeting,
  TrackedGroup,
  TrackedMeeting,
  TrackedTip,
} from './tracked.documents';
import { evolvePlan } from './tracked-plan.evolve';

type Of<E extends DomainEvent, T> = Extract<E, { type: T }>;
type DocOf<C extends TrackedCategory> = Extract<TrackedDoc, { category: C }>;

/**
 * How oversight follows one category of another module: the events that start the document of a
 * stream (its `category` is the table's), and how later events change it; a type in neither table
 * changes nothing.
 */
interface Tracking<E extends DomainEvent, C extends TrackedCategory> {
  start: {
    [T in E['type']]?: (event: Of<E, T>, recorded: ProjectedEvent, clock: WorldClock) => Omit<DocOf<C>, 'category'>;
  };
  change: { [T in E['type']]?: (doc: DocOf<C>, event: Of<E, T>, recorded: ProjectedEvent) => DocOf<C> };
}

const tracking = <E extends DomainEvent, C extends TrackedCategory>(tables: Tracking<E, C>) => tables;

const meetingChanges = {
  MeetingRescheduled: (meeting: TrackedForumMeeting, { data }: MeetingEvent<'MeetingRescheduled'>) => ({
    ...meeting,
    date: data.date,
  }),
  MeetingHeld: (meeting: TrackedForumMeeting, { data }: MeetingEvent<'MeetingHeld'>, recorded: ProjectedEvent) => ({
    ...meeting,
    status: 'HELD' as const,
    heldOn: data.heldOn,
    held: refOf(recorded),
  }),
  MeetingCancelled: (meeting: TrackedForumMeeting) => ({ ...meeting, status: 'CANCELLED' as const }),
};

const outcome = (doc: TrackedTip, { data }: { data: { decidedOn: string } }) => ({
  ...doc,
  outcomeOn: doc.outcomeOn ?? data.decidedOn,
});

/** The categories of other modules oversight follows, by their stream names (the plan's has a fold of its own). */
const TRACKING = {
  tip: tracking<TipEvent, 'tip'>({
    start: {
      TipCompiled: ({ data }) => ({
        tipId: data.tipId,
        employerName: data.employer.name,
        sentOn: null,
        outcomeOn: null,
      }),
    },
    change: {
      TipSent: (doc, { data }) => ({ ...doc, sentOn: data.sentOn }),
      DirectActionRecorded: outcome,
      IndirectUseRecorded: outcome,
      NoActionRecorded: outcome,
    },
  }),
  jointAction: tracking<JointActionEvent, 'jointAction'>({
    start: {
      JointActionAgreed: ({ data: { jointActionId, forumId, title, owner, dueDate } }, recorded, clock) => ({
        jointActionId,
        forumId,
        title,
        owner: owner.organisation,
        agreedOn: occurredOn(recorded, clock),
        dueDate,
        status: 'OPEN',
      }),
    },
    change: {
      JointActionDueDateChanged: (doc, { data }) => ({ ...doc, dueDate: data.dueDate }),
      JointActionCompleted: (doc) => ({ ...doc, status: 'DONE' }),
      JointActionDropped: (doc) => ({ ...doc, status: 'DROPPED' }),
    },
  }),
  dialogueMeeting: tracking<DialogueMeetingEvent, 'dialogueMeeting'>({
    start: {
      DialogueMeetingPlanned: ({ data: { meetingId, area, kind } }) => ({
        meetingId,
        area,
        kind,
        heldOn: null,
        cancelled: false,
        outcomesOn: null,
      }),
    },
    change: {
      DialogueMeetingHeld: (doc, { data }) => ({ ...doc, heldOn: data.heldOn }),
      DialogueMeetingCancelled: (doc) => ({ ...doc, cancelled: true }),
      DialogueOutcomesRecorded: (doc, { data }) => ({ ...doc, outcomesOn: doc.outcomesOn ?? data.recordedOn }),
    },
  }),
  forum: tracking<ForumEvent, 'forum'>({
    start: {
      ForumEstablished: ({ data }) => ({
        forumId: data.forumId,
        name: data.name,
        establishedOn: data.establishedOn,
      }),
    },
    change: {},
  }),
  forumMeeting: tracking<MeetingEvent, 'forumMeeting'>({
    start: {
      MeetingPlanned: ({ data: { meetingId, forumId, term, year, date } }) => ({
        meetingId,
        forumId,
        term,
        year,
        date,
        status: 'PLANNED',
        heldOn: null,
        held: null,
      }),
    },
    change: meetingChanges,
  }),
  knowledgeGroup: tracking<GroupEvent, 'knowledgeGroup'>({
    start: {
      GroupFounded: ({ data }) => ({
        groupId: data.groupId,
        foundedOn: data.foundedOn,
        meetings: [],
      }),
    },
    change: {
      GroupMeetingPlanned: (doc, { data: { meetingId, term, year, date } }) => ({
        ...doc,
        meetings: [...doc.meetings, { meetingId, term, year, date, status: 'PLANNED', heldOn: null, held: null }],
      }),
      GroupMeetingHeld: (doc, { data }, recorded) =>
        groupMeeting(doc, data.meetingId, (m) => ({
          ...m,
          status: 'HELD',
          heldOn: data.heldOn,
          held: refOf(recorded),
        })),
      GroupMeetingCancelled: (doc, { data }) =>
        groupMeeting(doc, data.meetingId, (m) => ({ ...m, status: 'CANCELLED' })),
    },
  }),
  campaign: tracking<CampaignEvent, 'campaign'>({
    start: {
      CampaignPlanned: ({ data: { campaignId, name, period } }) => ({
        campaignId,
        name,
        period: { ...period },
        launchedOn: null,
        launched: null,
        concludedOn: null,
        concluded: null,
      }),
    },
    change: {
      CampaignLaunched: (doc, { data }, recorded) => ({
        ...doc,
        launchedOn: data.launchedOn,
        launched: refOf(recorded),
      }),
      CampaignConcluded: (doc, { data }, recorded) => ({
        ...doc,
        concludedOn: data.concludedOn,
        concluded: refOf(recorded),
      }),
    },
  }),
};

/** The categories of other modules oversight reads, by their stream names. */
export const TRACKED_CATEGORIES = ['plan', ...Object.keys(TRACKING)];

/**
 * Folds one event of another module into the document of its stream: pure, keyed by stream. Days
 * are those the facts happened on (stated in the data, or the catalog's world time), so a fact
 * recorded late counts from when it happened.
 */
export function evolveTracked(doc: TrackedDoc | null, event: ProjectedEvent, clock: WorldClock): TrackedDoc | null {
  const category = event.stream.slice(0, event.stream.indexOf('-'));
  if (category === 'plan') return evolvePlan(doc?.category === 'plan' ? doc : null, event, clock);
  if (!Object.prototype.hasOwnProperty.call(TRACKING, category)) return doc;
  const { start, change } = TRACKING[category as keyof typeof TRACKING] as Tracking<DomainEvent, TrackedCategory>;
  const type = event.type;
  // Own keys only: an event typed `constructor` must not reach Object's prototype.
  const has = (table: object) => Object.prototype.hasOwnProperty.call(table, type);
  if (has(start)) return { category, ...start[type]!(event as unknown as DomainEvent, event, clock) } as TrackedDoc;
  if (doc?.category !== category || !has(change)) return doc;
  return change[type]!(doc as DocOf<TrackedCategory>, event as unknown as DomainEvent, event);
}

function groupMeeting(
  doc: TrackedGroup,
  meetingId: string,
  change: (m: TrackedMeeting) => TrackedMeeting,
): TrackedGroup {
  return { ...doc, meetings: doc.meetings.map((m) => (m.meetingId === meetingId ? change(m) : m)) };
}
