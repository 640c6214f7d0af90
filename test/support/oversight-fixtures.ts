import { stockholmDate } from '@samverkan/core/domain';
import { AGREE_ACTION, coordinatorToken, ESTABLISH, HOLD_MEETING, PLAN_MEETING } from './forum-fixtures';
import { ADD_ACTIVITY, ADOPT, decision, DRAFT, SUBMIT } from './plan-fixtures';
import { COMPILE, impulseAbout, reportImpulse, SEND, SOLBACKA } from './tip-fixtures';
import { ok, TestApp } from './test-app';

export const SG = 'STEERING_GROUP';

export const OBLIGATION_FIELDS = `id kind module owner title sourceStream sourceId since dueOn overdue daysOverdue
  overdueRecord { recordedAt eventId position stream }`;
export const OBLIGATIONS = `query($filter: ObligationFilterInput, $first: Int, $after: String) {
  obligations(filter: $filter, first: $first, after: $after) { edges { cursor node { ${OBLIGATION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const CELL = '{ value suppressed display }';
export const COUNTS = `{ obligationCounts { today totalOpen ${CELL} totalOverdue ${CELL} suppressed cells { module owner open ${CELL} overdue ${CELL} } } }`;
export const PLAN_VERSUS_ACTUAL = `query($year: Int!) { planVersusActual(year: $year) { year today tally { met onTrack atRisk missed }
  expectations { id kind module subjectId subject sourceStream term dueOn expected achieved planned status note evidence { eventId position stream type } } } }`;

/** Today in Stockholm, and a day that many days away: tests stay true as the calendar moves on. */
export const today = () => stockholmDate(new Date());
export function daysFromToday(days: number): string {
  const [y, m, d] = today().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export async function sentTip(
  t: TestApp,
  sentOn: string,
  organisationNumber = SOLBACKA.organisationNumber,
): Promise<string> {
  const impulse = await reportImpulse(t, impulseAbout({ ...SOLBACKA, organisationNumber }, { reportedOn: sentOn }));
  const compiled = await ok(
    t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [impulse], summary: 'Ingen plan för återgång i arbete.' },
    }),
  );
  const tipId = compiled.compileTip.tip.id as string;
  await ok(t.gql('COLLABORATION_OFFICER', SEND, { input: { tipId, sentOn } }));
  return tipId;
}

/** A forum, its coordinator's token, and meetings held (and planned) on those dates. */
export async function forumWithMeetings(
  t: TestApp,
  forumId: string,
  name: string,
  heldOn: string[],
  plannedOn: string[] = [],
): Promise<{ coordinator: string; meetingIds: string[] }> {
  await ok(t.gql(SG, ESTABLISH, { input: { forumId, name, region: 'Västra Götaland', establishedOn: '2024-09-01' } }));
  const coordinator = await coordinatorToken(t, `coord-${forumId}`, [forumId]);
  const ids: string[] = [];
  for (const date of [...heldOn, ...plannedOn]) {
    const term = date.slice(5, 7) <= '06' ? 'VT' : 'HT';
    const agenda = [{ topic: 'Erfarenhetsutbyte', speakerOrganisation: 'Arbetsmiljöverket' }];
    const planned = await ok(
      t.gql(coordinator, PLAN_MEETING, {
        input: {
          forumId,
          title: `Möte ${date}`,
          format: 'SEMINAR',
          term,
          year: Number(date.slice(0, 4)),
          date,
          agenda,
        },
      }),
    );
    const meetingId = planned.planForumMeeting.meeting.id as string;
    if (heldOn.includes(date))
      await ok(t.gql(coordinator, HOLD_MEETING, { input: { meetingId, heldOn: date, minutes: 'Protokoll fört.' } }));
    ids.push(meetingId);
  }
  return { coordinator, meetingIds: ids };
}

export async function jointAction(
  t: TestApp,
  coordinator: string,
  meetingId: string,
  title: string,
  dueDate: string,
  organisation = 'FK',
): Promise<string> {
  const agreed = await ok(
    t.gql(coordinator, AGREE_ACTION, {
      input: {
        meetingId,
        title,
        description: `${title}: underlag`,
        owner: { organisation },
        dueDate,
        reason: 'Enighet på forumet',
      },
    }),
  );
  return agreed.agreeJointAction.jointAction.id as string;
}

/** An adopted 2025 plan with one AV activity due 2025-11-30 and one FK activity due far ahead. */
export async function adoptedPlan(t: TestApp, year = 2025): Promise<void> {
  await ok(t.gql(SG, DRAFT, { input: { year, title: `Plan för aktiv samverkan ${year}` } }));
  const activities = [
    {
      activityId: 'komm',
      title: 'Gemensam kommunikationsinsats',
      area: 'COMMUNICATION',
      owner: 'AV',
      dueDate: `${year}-11-30`,
      indicators: ['räckvidd'],
    },
    {
      activityId: 'tips',
      title: 'Följa upp tipsrutinen',
      area: 'TIP_ROUTINES',
      owner: 'JOINT',
      dueDate: `${year}-03-31`,
      indicators: ['antal tips'],
    },
  ];
  for (const activity of activities) await ok(t.gql(SG, ADD_ACTIVITY, { input: { year, activity } }));
  await ok(t.gql(SG, SUBMIT, { input: { year } }));
  await ok(
    t.gql(SG, ADOPT, {
      input: {
        year,
        decision: decision(`SG-${year}-01`, 'Planen antas', `${year}-02-10T10:00:00Z`),
        reason: 'Förankrad hos båda myndigheterna',
      },
    }),
  );
}
