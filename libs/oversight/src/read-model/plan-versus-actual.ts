import { daysBetween, IsoDate, Term, termPeriod, TERMS } from '../domain';
import {
  EventRef,
  TrackedCampaign,
  TrackedForum,
  TrackedForumMeeting,
  TrackedGroup,
  TrackedMeeting,
  TrackedPlan,
} from './tracked.documents';

export const EXPECTATION_STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'MISSED'] as const;
export type ExpectationStatus = (typeof EXPECTATION_STATUSES)[number];

export const EXPECTATION_KINDS = [
  'FORUM_MEETINGS',
  'KNOWLEDGE_GROUP_MEETINGS',
  'CAMPAIGN_LAUNCH',
  'CAMPAIGN_CONCLUSION',
  'PLAN_ACTIVITY',
] as const;
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number];

/** Meetings a forum, and the knowledge group, are expected to hold per term ("två gånger per termin"). */
export const MEETINGS_PER_TERM = 2;
/** A deadline this close, not yet met, is at risk. */
export const AT_RISK_WITHIN_DAYS = 30;

/** One thing the plan or a module declares for the year, and how it stands. */
export interface Expectation {
  id: string;
  kind: ExpectationKind;
  module: 'forums' | 'knowledge' | 'supervision' | 'plan';
  subjectId: string;
  subject: string;
  sourceStream: string;
  term: Term | null;
  dueOn: IsoDate;
  /** Meetings: expected, held, still planned. Null for a deadline. */
  expected: number | null;
  achieved: number | null;
  planned: number | null;
  status: ExpectationStatus;
  note: string | null;
  /** The events that meet it (or met it late). */
  evidence: EventRef[];
}

export interface Tracked<Doc> {
  stream: string;
  doc: Doc;
}

export interface YearSources {
  plan: Tracked<TrackedPlan> | null;
  forums: Tracked<TrackedForum>[];
  forumMeetings: TrackedForumMeeting[];
  groups: Tracked<TrackedGroup>[];
  campaigns: Tracked<TrackedCampaign>[];
}

/** Held ≥ expected: met; the term over with fewer: missed; held and planned short of it: at risk. */
export function cadenceStatus(held: number, planned: number, termEnd: IsoDate, today: IsoDate): ExpectationStatus {
  if (held >= MEETINGS_PER_TERM) return 'MET';
  if (today > termEnd) return 'MISSED';
  return held + planned < MEETINGS_PER_TERM ? 'AT_RISK' : 'ON_TRACK';
}

/** Done by the due date: met; late or not done after it: missed; due within 30 days: at risk. */
export function deadlineStatus(
  dueOn: IsoDate,
  doneOn: IsoDate | null,
  today: IsoDate,
): { status: ExpectationStatus; note: string | null } {
  if (doneOn !== null) {
    return doneOn <= dueOn
      ? { status: 'MET', note: null }
      : { status: 'MISSED', note: `Klart för sent: ${doneOn}, ${daysBetween(dueOn, doneOn)} dagar efter ${dueOn}` };
  }
  if (today > dueOn) return { status: 'MISSED', note: `Inte klart; skulle vara klart ${dueOn}` };
  return { status: daysBetween(today, dueOn) <= AT_RISK_WITHIN_DAYS ? 'AT_RISK' : 'ON_TRACK', note: null };
}

/** What an expectation is about. */
type Subject = Pick<Expectation, 'kind' | 'module' | 'subjectId' | 'subject' | 'sourceStream'>;

// The expectations are object literals written out, not `{ ...subject, … }`: on Node 20 a spread
// followed by properties its source lacks takes V8's slow path, about 1 µs an object (bench/README.md).

function meetingsExpectation(
  subject: Subject,
  meetings: TrackedMeeting[],
  term: Term,
  year: number,
  today: IsoDate,
): Expectation {
  const inTerm = meetings.filter((m) => m.term === term && m.year === year);
  const held = inTerm.filter((m) => m.status === 'HELD');
  const planned = inTerm.filter((m) => m.status === 'PLANNED').length;
  const { to } = termPeriod(term, year);
  const status = cadenceStatus(held.length, planned, to, today);
  const note =
    status === 'MISSED'
      ? `${held.length} av ${MEETINGS_PER_TERM} möten hölls`
      : status === 'AT_RISK'
        ? `${held.length} hållna och ${planned} planerade av ${MEETINGS_PER_TERM}`
        : null;
  return {
    id: `${subject.kind}:${subject.subjectId}:${year}:${term}`,
    kind: subject.kind,
    module: subject.module,
    subjectId: subject.subjectId,
    subject: subject.subject,
    sourceStream: subject.sourceStream,
    term,
    dueOn: to,
    expected: MEETINGS_PER_TERM,
    achieved: held.length,
    planned,
    status,
    note,
    evidence: held.flatMap((m) => (m.held ? [m.held] : [])),
  };
}

function deadlineExpectation(
  id: string,
  subject: Subject,
  dueOn: IsoDate,
  doneOn: IsoDate | null,
  done: EventRef | null,
  today: IsoDate,
): Expectation {
  const { status, note } = deadlineStatus(dueOn, doneOn, today);
  return {
    id,
    kind: subject.kind,
    module: subject.module,
    subjectId: subject.subjectId,
    subject: subject.subject,
    sourceStream: subject.sourceStream,
    term: null,
    dueOn,
    expected: null,
    achieved: null,
    planned: null,
    status,
    note,
    evidence: done ? [done] : [],
  };
}

/** Forums by name as Swedish sorts it (å, ä, ö after z). */
const byName = new Intl.Collator('sv').compare;

/** Every expectation of `year` as it stands on `today`, in the order: forums, group, campaigns, plan. */
export function planVersusActual(year: number, today: IsoDate, sources: YearSources): Expectation[] {
  const expectations: Expectation[] = [];
  const forums = [...sources.forums].sort((a, b) => byName(a.doc.name, b.doc.name));
  for (const term of TERMS) {
    const { to } = termPeriod(term, year);
    for (const { stream, doc } of forums) {
      if (doc.establishedOn > to) continue;
      const meetings = sources.forumMeetings.filter((m) => m.forumId === doc.forumId);
      expectations.push(
        meetingsExpectation(
          { kind: 'FORUM_MEETINGS', module: 'forums', subjectId: doc.forumId, subject: doc.name, sourceStream: stream },
          meetings,
          term,
          year,
          today,
        ),
      );
    }
  }
  for (const term of TERMS) {
    for (const { stream, doc } of sources.groups) {
      if (doc.foundedOn > termPeriod(term, year).to) continue;
      const subject: Subject = {
        kind: 'KNOWLEDGE_GROUP_MEETINGS',
        module: 'knowledge',
        subjectId: doc.groupId,
        subject: 'Nationella kunskapsgruppen',
        sourceStream: stream,
      };
      expectations.push(meetingsExpectation(subject, doc.meetings, term, year, today));
    }
  }
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  for (const { stream, doc } of [...sources.campaigns].sort((a, b) =>
    a.doc.period.from.localeCompare(b.doc.period.from),
  )) {
    if (doc.period.from > last || doc.period.to < first) continue;
    const about = (kind: 'CAMPAIGN_LAUNCH' | 'CAMPAIGN_CONCLUSION'): Subject => ({
      kind,
      module: 'supervision',
      subjectId: doc.campaignId,
      subject: doc.name,
      sourceStream: stream,
    });
    const { campaignId, period } = doc;
    expectations.push(
      deadlineExpectation(
        `CAMPAIGN_LAUNCH:${campaignId}`,
        about('CAMPAIGN_LAUNCH'),
        period.from,
        doc.launchedOn,
        doc.launched,
        today,
      ),
    );
    expectations.push(
      deadlineExpectation(
        `CAMPAIGN_CONCLUSION:${campaignId}`,
        about('CAMPAIGN_CONCLUSION'),
        period.to,
        doc.concludedOn,
        doc.concluded,
        today,
      ),
    );
  }
  const plan = sources.plan;
  if (plan?.doc.adopted) {
    const activities = plan.doc.activities
      .filter((a) => a.since !== null && a.status !== 'CANCELLED')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    for (const a of activities) {
      const subject: Subject = {
        kind: 'PLAN_ACTIVITY',
        module: 'plan',
        subjectId: a.activityId,
        subject: a.title,
        sourceStream: plan.stream,
      };
      expectations.push(
        deadlineExpectation(
          `PLAN_ACTIVITY:${year}:${a.activityId}`,
          subject,
          a.dueDate,
          a.status === 'DONE' ? a.doneOn : null,
          a.status === 'DONE' ? a.done : null,
          today,
        ),
      );
    }
  }
  return expectations;
}
