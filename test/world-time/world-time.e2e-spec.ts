import { refusalOf, useTestApp } from '../support/test-app';
import {
  ADMIT,
  coordinatorToken,
  employers,
  ESTABLISH,
  HOLD_MEETING,
  PLAN_MEETING,
  RECORD_ATTENDANCE,
} from '../support/forum-fixtures';
import {
  ADD_ACTIVITY,
  ADOPT,
  AMEND,
  decision,
  DRAFT,
  draft2025,
  SUBMIT,
  tipRoutineActivity,
} from '../support/plan-fixtures';

const SG = 'STEERING_GROUP';
const TIMELINE = `query($filter: TimelineFilterInput) {
  timeline(first: 100, filter: $filter) { edges { node { type occurredAt recordedAt } } } }`;

/**
 * The world's time through the API: each command states when its fact happened, the envelope
 * keeps that as occurredAt beside the store's recordedAt, and facts in the future or before their
 * entity are refused with a rule code, storing nothing.
 */
describe('When things happened, as the workspace records it', () => {
  const t = useTestApp();
  let vast: string;
  const startedAt = Date.now();
  const events = async (stream: string) =>
    (
      (await t.gql('AUDITOR', TIMELINE, { filter: { stream } })).data.timeline.edges as {
        node: { type: string; occurredAt: string; recordedAt: string };
      }[]
    ).map((e) => e.node);

  beforeAll(async () => {
    vast = await coordinatorToken(t, 'coord-vast', ['vast']);
  });

  it("dates a steering group decision at its decidedAt, and its recording at the store's time", async () => {
    await t.gql(SG, DRAFT, { input: draft2025 });
    await t.gql(SG, ADD_ACTIVITY, { input: { year: 2025, activity: tipRoutineActivity } });
    await t.gql(SG, SUBMIT, { input: { year: 2025 } });
    const adopted = await t.gql(SG, ADOPT, {
      input: {
        year: 2025,
        decision: decision('SG-2025-01', 'Planen antas', '2025-02-20T10:00:00+01:00'),
        reason: 'Förankrad',
      },
    });
    expect(adopted.errors).toBeUndefined();
    const [adoption] = (await events('plan-2025')).filter((e) => e.type === 'PlanAdopted');
    expect(adoption.occurredAt).toBe('2025-02-20T09:00:00.000Z');
    expect(Date.parse(adoption.recordedAt)).toBeGreaterThanOrEqual(startedAt);
    const [draft] = (await events('plan-2025')).filter((e) => e.type === 'PlanDrafted');
    expect(Date.parse(draft.occurredAt)).toBeGreaterThanOrEqual(startedAt); // drafting states no time: handled now
  });

  it('refuses a decision dated after now, storing nothing', async () => {
    const before = (await events('plan-2025')).length;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const amended = await t.gql(SG, AMEND, {
      input: {
        year: 2025,
        decision: decision('SG-2025-09', 'Tipsrutinen utgår', tomorrow),
        reason: 'Ny inriktning',
        cancelActivityId: 'tips-2025',
      },
    });
    // The plan's own rule answers first; the pipeline's DATE_IN_FUTURE stands behind every command.
    expect(refusalOf(amended)).toBe('DECISION_IN_FUTURE');
    expect(await events('plan-2025')).toHaveLength(before);
  });

  it('refuses a decision dated before the plan existed in the world (its adoption), storing nothing', async () => {
    const before = (await events('plan-2025')).length;
    const amended = await t.gql(SG, AMEND, {
      input: {
        year: 2025,
        decision: decision('SG-2025-09', 'Tipsrutinen utgår', '2025-02-19T10:00:00+01:00'),
        reason: 'Ny inriktning',
        cancelActivityId: 'tips-2025',
      },
    });
    expect(amended.errors?.[0].extensions).toMatchObject({
      rule: 'OCCURRED_BEFORE_ENTITY',
      details: expect.objectContaining({ field: 'decision.decidedAt', existedFrom: '2025-02-20' }),
    });
    expect(await events('plan-2025')).toHaveLength(before);
  });

  it('refuses a member who joined before the forum was established, and accepts the founding day itself', async () => {
    expect(
      (
        await t.gql(SG, ESTABLISH, {
          input: { forumId: 'vast', name: 'Forum Väst', region: 'Västra Götaland', establishedOn: '2024-09-01' },
        })
      ).errors,
    ).toBeUndefined();
    const early = await t.gql(vast, ADMIT, {
      input: { forumId: 'vast', employer: employers.volvo, joinedOn: '2024-08-31' },
    });
    expect(refusalOf(early)).toBe('OCCURRED_BEFORE_ENTITY');
    expect(early.errors?.[0].extensions?.details).toMatchObject({
      field: 'joinedOn',
      value: '2024-08-31',
      existedFrom: '2024-09-01',
    });
    expect((await events('forum-vast')).map((e) => e.type)).toEqual(['ForumEstablished']);

    const onTheDay = await t.gql(vast, ADMIT, {
      input: { forumId: 'vast', employer: employers.volvo, joinedOn: '2024-09-01' },
    });
    expect(onTheDay.errors).toBeUndefined();
    expect((await events('forum-vast')).map((e) => e.occurredAt)).toEqual([
      '2024-08-31T22:00:00.000Z',
      '2024-08-31T22:00:00.000Z',
    ]);
  });

  it('refuses attendance before the meeting was held, and dates it on the day the meeting was held', async () => {
    const agenda = [{ topic: 'Arbetsanpassning', speakerOrganisation: 'Försäkringskassan' }];
    const planned = await t.gql(vast, PLAN_MEETING, {
      input: {
        forumId: 'vast',
        title: 'Höstmöte',
        format: 'SEMINAR',
        term: 'HT',
        year: 2024,
        date: '2024-10-08',
        agenda,
      },
    });
    const meetingId = planned.data.planForumMeeting.meeting.id;
    const attendance = {
      meetingId,
      members: [{ organisationNumber: employers.volvo.organisationNumber, managers: 2, hr: 1, other: 0 }],
      guests: [],
    };
    expect(refusalOf(await t.gql(vast, RECORD_ATTENDANCE, { input: attendance }))).toBe('ATTENDANCE_BEFORE_HELD');

    expect(
      (await t.gql(vast, HOLD_MEETING, { input: { meetingId, heldOn: '2024-10-08', minutes: 'Genomfört.' } })).errors,
    ).toBeUndefined();
    expect((await t.gql(vast, RECORD_ATTENDANCE, { input: attendance })).errors).toBeUndefined();
    const byType = Object.fromEntries((await events(`forumMeeting-${meetingId}`)).map((e) => [e.type, e.occurredAt]));
    expect(byType).toMatchObject({
      MeetingHeld: '2024-10-07T22:00:00.000Z',
      AttendanceRecorded: '2024-10-07T22:00:00.000Z',
    });
    expect(Date.parse(byType.MeetingPlanned)).toBeGreaterThanOrEqual(startedAt);
  });
});
