import type { CommandContext, Correction } from '@samverkan/core';
import { eventIdFor } from '@samverkan/core';
import {
  DEMO_EMPLOYERS,
  DEMO_FORUMS,
  DEMO_GROUP_MEETINGS,
  DEMO_KNOWLEDGE_HOST,
  DEMO_KNOWLEDGE_MEMBERS,
  DEMO_MEETINGS,
  DEMO_PROJECT_ACTIVITIES,
} from '@samverkan/demo';
import type { MemberAttendance, MemberEmployer } from '@samverkan/forums';
import { forumDecider, forumStream, meetingDecider, meetingIdFor, meetingStream } from '@samverkan/forums';
import { groupDecider, groupMeetingIdFor, groupStream, NATIONAL_GROUP_ID } from '@samverkan/knowledge';
import type { ParticipantCounts } from '@samverkan/momentum';
import { activityDecider, activityIdFor, activityStream } from '@samverkan/momentum';
import { benchActor, contextFor, DAY, day, FlowStep, LAST_DAY, placeAtMoments, stepOn } from './flow-steps';

/**
 * The ESF modules' own work in the benchmark histories: regional forums and their meetings, the
 * national knowledge group's meetings and Momentum's project activities, each decided by its real
 * decider. Momentum is one project of a fixed shape (shared/seeds: six regional forums of 20–25
 * employers meeting twice a term, a national knowledge group meeting twice a term, conferences,
 * trainings and study visits), so every history holds the same ESF_FLOWS flows of it, at the same
 * moments from May 2024 (when Momentum started), whatever the history's size: what grows with a
 * history is the tip routine and joint supervision around it, and the ESF queries show whether
 * their cost grows with that. Their facts are dated inside Momentum's period by the world's
 * clock (the day a meeting was held), their recording by the flow's moment, as the tip flows are.
 */

/** Momentum's first days: its work in the histories starts here. */
const ESF_FROM = Date.UTC(2024, 4, 6, 8);
/**
 * This many flows are ESF work at every size: the group and the six forums founded, then about 26
 * turns a term, enough for every forum and the group to meet twice and for Momentum's own
 * activities.
 */
export const ESF_FLOWS = 60;
/** The six regional forums (the demo's), founded by the ESF flows after the group's. */
const FORUMS = DEMO_FORUMS.length;

/**
 * Where each ESF flow falls in a history of `total` flows, and at what moment. ESF flow `j` happens
 * at the same moment at every size (Momentum's band cut in ESF_FLOWS equal steps), and takes the
 * place of the first flow at or after it, so every fact it records (a meeting's day, a forum's
 * founding) is the same at 10k and at 1M, and so is every ESF answer. Its moment lies after the
 * flow before it and no later than the one it replaces, so the recording clock still runs forward.
 * Where a history is too sparse for two steps to fall on two flows, the later takes the next flow
 * and that flow's moment.
 */
interface EsfPlaces {
  index: number[];
  moment: Date[];
  ordinalAt: Map<number, number>;
}
const placesOf = new Map<number, EsfPlaces>();

function esfPlaces(total: number): EsfPlaces {
  let places = placesOf.get(total);
  if (places) return places;
  const step = (LAST_DAY - ESF_FROM) / ESF_FLOWS;
  const moments = Array.from({ length: ESF_FLOWS }, (_, j) => ({ key: j, at: ESF_FROM + Math.floor(j * step) }));
  const placed = placeAtMoments(moments, total);
  places = {
    index: placed.map((p) => p.index),
    moment: placed.map((p) => p.moment),
    ordinalAt: new Map(placed.map((p) => [p.index, p.key])),
  };
  placesOf.set(total, places);
  return places;
}

/** The ESF flow's ordinal among the ESF flows when flow `i` of `total` is one, else null. */
export const esfOrdinal = (i: number, total: number): number | null => esfPlaces(total).ordinalAt.get(i) ?? null;

/** The flow index of the `j`th ESF flow; past the last, beyond every flow. */
export const esfFlowIndex = (j: number, total: number): number => esfPlaces(total).index[j] ?? Number.MAX_SAFE_INTEGER;

/** The moment the `j`th ESF flow records its commands: the same at every size. */
const esfMoment = (j: number, total: number): Date => esfPlaces(total).moment[j];

/** A meeting or activity in CORRECTED_EVERY has its attendance re-recorded, as a correction. */
const CORRECTED_EVERY = 7;
/** One in LATE_EVERY is a late entry: recorded weeks or months after it was held. */
const LATE_EVERY = 11;

export type EsfFlowKind = 'group' | 'forum' | 'forumMeeting' | 'groupMeeting' | 'activity';

/**
 * A forum, and the national knowledge group, meets twice a term (DOMAIN.md: "två gånger per
 * termin"), as the bench's forums and group do at every size: a turn of the group's beyond that is
 * a forum's, and a forum's beyond that is a Momentum activity.
 */
const MEETINGS_PER_TERM = 2;

/**
 * What the `j`th ESF flow of a history of `total` events does: the first founds the knowledge
 * group, the next six the forums, then in turn forum meetings, activities and the group's
 * meetings, a meeting only while its forum (or the group) has met fewer than twice in the term of
 * the day it would meet. So each forum and the group keeps the cadence a real one keeps, whatever
 * the history's size.
 */
export function esfKind(j: number, total: number): EsfFlowKind {
  if (j === 0) return 'group';
  if (j <= FORUMS) return 'forum';
  return meetingKinds(total, j)[j];
}

/** Each ESF flow's kind, found in order once per history size: a meeting depends on those before it. */
const kindsOf = new Map<number, { kinds: EsfFlowKind[]; perTerm: Map<string, number> }>();

function meetingKinds(total: number, upTo: number): EsfFlowKind[] {
  let seen = kindsOf.get(total);
  if (!seen) kindsOf.set(total, (seen = { kinds: ['group'], perTerm: new Map() }));
  const meets = (who: string, held: string) => {
    const term = `${who} ${held.slice(0, 4)} ${termOf(held)}`;
    const count = seen.perTerm.get(term) ?? 0;
    if (count >= MEETINGS_PER_TERM) return false;
    seen.perTerm.set(term, count + 1);
    return true;
  };
  for (let k = seen.kinds.length; k <= upTo; k++) {
    if (k <= FORUMS) {
      seen.kinds.push('forum');
      continue;
    }
    let kind: EsfFlowKind = (['forumMeeting', 'activity', 'forumMeeting', 'groupMeeting', 'activity'] as const)[k % 5];
    if (kind === 'groupMeeting' && !meets('group', groupHeldOn(k, total))) kind = 'forumMeeting';
    if (kind === 'forumMeeting' && !meets(meetingForum(k, total).forumId, forumHeldOn(k, total))) kind = 'activity';
    seen.kinds.push(kind);
  }
  return seen.kinds;
}

const groupHeldOn = (j: number, total: number) => heldOn(j, esfMoment(j, total), groupFoundedOn(total));

const forumHeldOn = (j: number, total: number) => heldOn(j, esfMoment(j, total), meetingForum(j, total).establishedOn);

const isCorrected = (j: number) => j % CORRECTED_EVERY === 3;
const isLate = (j: number) => j % LATE_EVERY === 5;

/** The day a meeting or activity of ESF flow `j` was held: days before its recording, months for a late entry, never before `notBefore`. */
function heldOn(j: number, now: Date, notBefore: string): string {
  const daysBefore = isLate(j) ? 40 + (j % 5) * 30 : 1 + (j % 4);
  const held = day(now.getTime() - daysBefore * DAY);
  return held < notBefore ? notBefore : held;
}

const termOf = (date: string) => (Number(date.slice(5, 7)) <= 6 ? 'VT' : 'HT');

interface BenchForum {
  forumId: string;
  name: string;
  region: string;
  capacity: number;
  establishedOn: string;
  members: MemberEmployer[];
}

/** Forum `k` (0–5): the demo's six forums, each founded by the ESF flow after the group's and the forums' before it. */
export function benchForum(k: number, total: number): BenchForum {
  const demo = DEMO_FORUMS[k];
  return {
    forumId: demo.forumId,
    name: demo.name,
    region: demo.region,
    capacity: demo.capacity,
    establishedOn: day(esfMoment(k + 1, total).getTime()),
    members: demo.members.map((m) => ({ ...m.employer })),
  };
}

/** The knowledge group is founded, with every member, on the day of the first ESF flow. */
const groupFoundedOn = (total: number) => day(esfMoment(0, total).getTime());

const counts = (seed: number): ParticipantCounts => ({
  MANAGER: 1 + (seed % 3),
  HR: seed % 2,
  OTHER: seed % 5 === 0 ? 1 : 0,
});

/** The commands of the `j`th ESF flow of a history of `total` flows. */
export function esfFlow(total: number, j: number): FlowStep[] {
  const now = esfMoment(j, total);
  const metadata = { now };
  const today = day(now.getTime());
  const ctx = contextFor(`bench:esf:${j}`);
  const steering = benchActor('STEERING_GROUP', j % 3);
  switch (esfKind(j, total)) {
    case 'group': {
      const group = stepOn(groupStream(NATIONAL_GROUP_ID), groupDecider, true);
      const groupId = NATIONAL_GROUP_ID;
      return [
        group(
          { type: 'FoundGroup', data: { groupId, host: { ...DEMO_KNOWLEDGE_HOST }, foundedOn: today }, metadata },
          ctx(steering, 'found'),
        ),
        ...DEMO_KNOWLEDGE_MEMBERS.map(({ code, name }) =>
          group(
            { type: 'AdmitGroupMember', data: { groupId, member: { code, name }, joinedOn: today }, metadata },
            ctx(steering, `admit:${code}`),
          ),
        ),
      ];
    }
    case 'forum': {
      const forum = benchForum(j - 1, total);
      const { forumId, name, region, capacity, establishedOn } = forum;
      const on = stepOn(forumStream(forumId), forumDecider);
      return [
        on(
          { type: 'EstablishForum', data: { forumId, name, region, capacity, establishedOn }, metadata },
          ctx(steering, 'establish'),
        ),
        ...forum.members.map((employer) =>
          on(
            { type: 'AdmitMember', data: { forumId, employer, joinedOn: establishedOn }, metadata },
            ctx(benchActor('FORUM_COORDINATOR', j % 6), `admit:${employer.organisationNumber}`),
          ),
        ),
      ];
    }
    case 'forumMeeting':
      return forumMeeting(j, total, now);
    case 'groupMeeting':
      return groupMeeting(j, total, now);
    case 'activity':
      return projectActivity(j, now);
  }
}

/** Which forum meets at ESF flow `j` (after the six were founded): each in turn. */
const meetingForum = (j: number, total: number) => benchForum(j % FORUMS, total);

/** Who came: about two thirds of the members, a few people each; a correction drops one and recounts another. */
export function attendanceOf(j: number, members: readonly MemberEmployer[], corrected = false): MemberAttendance[] {
  const came = members.filter((_, m) => (m + j) % 3 !== 0);
  const list = corrected ? came.slice(1) : came;
  return list.map((employer, m) => ({
    organisationNumber: employer.organisationNumber,
    participants: counts(m + j + (corrected && m === 0 ? 1 : 0)),
  }));
}

function forumMeeting(j: number, total: number, now: Date): FlowStep[] {
  const metadata = { now };
  const ctx = contextFor(`bench:esf:${j}`);
  const coordinator = benchActor('FORUM_COORDINATOR', j % 6);
  const forum = meetingForum(j, total);
  const demo = DEMO_MEETINGS[j % DEMO_MEETINGS.length];
  const plan = ctx(coordinator, 'plan');
  const meetingId = meetingIdFor(plan.commandId);
  const on = stepOn(meetingStream(meetingId), meetingDecider);
  const held = forumHeldOn(j, total);
  const memberOrganisationNumbers = forum.members.map((m) => m.organisationNumber);
  const attendance = ctx(coordinator, 'attendance');
  const steps = [
    on(
      {
        type: 'PlanMeeting',
        data: {
          meetingId,
          forumId: forum.forumId,
          title: demo.title,
          format: demo.format,
          term: termOf(held),
          year: Number(held.slice(0, 4)),
          date: held,
          agenda: demo.agenda.map((item) => ({ ...item })),
        },
        metadata,
      },
      plan,
    ),
    on(
      {
        type: 'HoldMeeting',
        data: {
          meetingId,
          heldOn: held,
          minutes: `${forum.name} höll mötet "${demo.title}". Deltagarna delade erfarenheter och kom överens om nästa steg.`,
        },
        metadata,
      },
      ctx(coordinator, 'hold'),
    ),
    on(
      {
        type: 'RecordAttendance',
        data: { meetingId, members: attendanceOf(j, forum.members), guests: [], memberOrganisationNumbers },
        metadata,
      },
      attendance,
    ),
  ];
  if (isCorrected(j))
    steps.push(
      on(
        {
          type: 'RecordAttendance',
          data: { meetingId, members: attendanceOf(j, forum.members, true), guests: [], memberOrganisationNumbers },
          metadata,
        },
        correcting(
          ctx(coordinator, 'attendance:correction'),
          attendance.commandId,
          'Närvarolistan rättades efter mötet',
        ),
      ),
    );
  return steps;
}

function groupMeeting(j: number, total: number, now: Date): FlowStep[] {
  const metadata = { now };
  const ctx = contextFor(`bench:esf:${j}`);
  const person = benchActor('KNOWLEDGE_GROUP', j % 4);
  const groupId = NATIONAL_GROUP_ID;
  const on = stepOn(groupStream(groupId), groupDecider, true);
  const demo = DEMO_GROUP_MEETINGS[j % DEMO_GROUP_MEETINGS.length];
  const plan = ctx(person, 'plan');
  const meetingId = groupMeetingIdFor(plan.commandId);
  const held = groupHeldOn(j, total);
  const members = [DEMO_KNOWLEDGE_HOST.code, ...DEMO_KNOWLEDGE_MEMBERS.map((m) => m.code)];
  // One member misses each meeting, in turn; the host is always there.
  const present = members.filter((code, m) => m === 0 || m !== 1 + (j % (members.length - 1)));
  return [
    on(
      {
        type: 'PlanGroupMeeting',
        data: {
          groupId,
          meetingId,
          term: termOf(held),
          year: Number(held.slice(0, 4)),
          date: held,
          agenda: [...demo.agenda],
        },
        metadata,
      },
      plan,
    ),
    on(
      { type: 'HoldGroupMeeting', data: { groupId, meetingId, heldOn: held, present }, metadata },
      ctx(person, 'hold'),
    ),
  ];
}

/** Organisations that took part in activity `j`: a few of the demo employers and Försäkringskassan. */
export function participantsOf(j: number, corrected = false) {
  const employers = Array.from({ length: 3 + (j % 4) }, (_, n) => DEMO_EMPLOYERS[(j * 5 + n) % DEMO_EMPLOYERS.length]);
  const list = corrected ? employers.slice(1) : employers;
  return [
    { organisation: 'FK', participants: counts(j + 2) },
    ...list.map((e, n) => ({ organisation: e.organisationNumber, participants: counts(j + n + (corrected ? 1 : 0)) })),
  ];
}

function projectActivity(j: number, now: Date): FlowStep[] {
  const metadata = { now };
  const ctx = contextFor(`bench:esf:${j}`);
  const staff = benchActor('STEERING_GROUP', j % 3);
  const demo = DEMO_PROJECT_ACTIVITIES[j % DEMO_PROJECT_ACTIVITIES.length];
  const plan = ctx(staff, 'plan');
  const activityId = activityIdFor(plan.commandId);
  const on = stepOn(activityStream(activityId), activityDecider);
  const held = heldOn(j, now, '2024-05-01');
  const participants = ctx(staff, 'participants');
  const steps = [
    on(
      {
        type: 'PlanActivity',
        data: {
          activityId,
          kind: demo.kind,
          title: demo.title,
          organiser: demo.organiser,
          date: held,
          place: demo.place,
          ...(demo.country ? { country: demo.country } : {}),
          ...(demo.region ? { region: demo.region } : {}),
          expectedParticipants: demo.expectedParticipants,
        },
        metadata,
      },
      plan,
    ),
    on(
      {
        type: 'HoldActivity',
        data: { activityId, heldOn: held, summary: `${demo.title} genomfördes i ${demo.place}.` },
        metadata,
      },
      ctx(staff, 'hold'),
    ),
    on(
      {
        type: 'RecordParticipants',
        data: { activityId, organisations: participantsOf(j), namedParticipants: [] },
        metadata,
      },
      participants,
    ),
  ];
  if (isCorrected(j)) {
    const reason = 'Deltagarlistan rättades mot anmälningarna';
    steps.push(
      on(
        {
          type: 'RecordParticipants',
          data: { activityId, organisations: participantsOf(j, true), namedParticipants: [] },
          metadata,
          reason,
        },
        correcting(ctx(staff, 'participants:correction'), participants.commandId, reason),
      ),
    );
  }
  return steps;
}

/** A correction cites the event it replaces: the first (only) event of the command it corrects. */
function correcting(context: CommandContext, correctedCommandId: string, reason: string): CommandContext {
  const correction: Correction = { corrects: eventIdFor(correctedCommandId, 0), reason };
  return { ...context, correction };
}
