import { forumWithMeetings, PLAN_VERSUS_ACTUAL, SG, adoptedPlan } from '../support/oversight-fixtures';
import { PROGRESS } from '../support/plan-fixtures';
import { ok, useTestApp } from '../support/test-app';

/** 2025 as it went: one forum kept its cadence in the spring, another did not, and the plan slipped. */
describe('Oversight: the plan against what happened', () => {
  const t = useTestApp();
  let held: { vast: string[]; syd: string[] };

  beforeAll(async () => {
    const vast = await forumWithMeetings(t, 'vast', 'Forum Väst', ['2025-02-05', '2025-05-14']);
    const syd = await forumWithMeetings(t, 'syd', 'Forum Syd', ['2025-03-12']);
    held = { vast: vast.meetingIds, syd: syd.meetingIds };
    await adoptedPlan(t, 2025);
    // Done now: long after its due date (2025-03-31), so met late.
    await ok(
      t.gql(SG, PROGRESS, { input: { year: 2025, activityId: 'tips', status: 'DONE', note: 'Rutinen följd upp' } }),
    );
  }, 60_000);

  const expectations = async (role = SG) =>
    (await ok(t.gql(role, PLAN_VERSUS_ACTUAL, { year: 2025 }))).planVersusActual;

  it('flags a forum that held one meeting in a term MISSED, and one that held two MET, with the events that meet it', async () => {
    const result = await expectations();
    const byId = Object.fromEntries(result.expectations.map((e: any) => [e.id, e]));
    expect(byId['FORUM_MEETINGS:vast:2025:VT']).toMatchObject({
      kind: 'FORUM_MEETINGS',
      module: 'forums',
      subject: 'Forum Väst',
      term: 'VT',
      dueOn: '2025-06-30',
      expected: 2,
      achieved: 2,
      planned: 0,
      status: 'MET',
      note: null,
      sourceStream: 'forum-vast',
    });
    expect(byId['FORUM_MEETINGS:vast:2025:VT'].evidence.map((e: any) => e.stream)).toEqual(
      held.vast.map((id) => `forumMeeting-${id}`),
    );
    expect(
      byId['FORUM_MEETINGS:vast:2025:VT'].evidence.every(
        (e: any) => e.type === 'MeetingHeld' && /^\d+$/.test(e.position),
      ),
    ).toBe(true);
    expect(byId['FORUM_MEETINGS:syd:2025:VT']).toMatchObject({
      subject: 'Forum Syd',
      achieved: 1,
      status: 'MISSED',
      note: '1 av 2 möten hölls',
    });
    expect(byId['FORUM_MEETINGS:syd:2025:VT'].evidence).toEqual([
      expect.objectContaining({ stream: `forumMeeting-${held.syd[0]}`, type: 'MeetingHeld' }),
    ]);
    // The autumn term is over too, and neither forum met.
    expect(byId['FORUM_MEETINGS:vast:2025:HT']).toMatchObject({ achieved: 0, status: 'MISSED' });
  });

  it('flags a plan activity past due and not done MISSED, and one done late MISSED with a note', async () => {
    const { expectations: all, tally } = await expectations();
    const komm = all.find((e: any) => e.id === 'PLAN_ACTIVITY:2025:komm');
    expect(komm).toMatchObject({
      kind: 'PLAN_ACTIVITY',
      module: 'plan',
      subject: 'Gemensam kommunikationsinsats',
      dueOn: '2025-11-30',
      status: 'MISSED',
      evidence: [],
    });
    expect(komm.note).toContain('Inte klart');
    const tips = all.find((e: any) => e.id === 'PLAN_ACTIVITY:2025:tips');
    expect(tips).toMatchObject({
      status: 'MISSED',
      evidence: [expect.objectContaining({ type: 'ActivityProgressRecorded', stream: 'plan-2025' })],
    });
    expect(tips.note).toMatch(/^Klart för sent: \d{4}-\d{2}-\d{2}, \d+ dagar efter 2025-03-31$/);
    expect(tally).toEqual({ met: 1, onTrack: 0, atRisk: 0, missed: all.length - 1 });
  });

  it('answers for the dashboard, refuses a role that only handles people, and names a bad year', async () => {
    const aggregate = PLAN_VERSUS_ACTUAL.replace(/ evidence \{[^}]*\}/, '');
    const dashboard = (await ok(t.gql('DASHBOARD', aggregate, { year: 2025 }))).planVersusActual.expectations;
    expect(dashboard.length).toBeGreaterThan(0);
    // Forum names label the groups counted; the plan's activity titles are its text, not for DASHBOARD.
    const subjects = (rows: any[], kind: string) => rows.filter((e) => e.kind === kind).map((e) => e.subject);
    expect(subjects(dashboard, 'FORUM_MEETINGS')).toEqual(expect.arrayContaining(['Forum Väst', 'Forum Syd']));
    const titles = subjects((await expectations()).expectations, 'PLAN_ACTIVITY');
    expect(titles.length).toBeGreaterThan(0);
    expect(subjects(dashboard, 'PLAN_ACTIVITY')).toEqual(titles.map(() => 'En aktivitet i samverkansplanen'));
    for (const title of titles) expect(JSON.stringify(dashboard)).not.toContain(title);
    // The events behind an expectation point into the trail: content readers only.
    const evidence = await t.gql('DASHBOARD', PLAN_VERSUS_ACTUAL, { year: 2025 });
    expect(evidence.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dpo = await t.gql('DATA_PROTECTION_OFFICER', PLAN_VERSUS_ACTUAL, { year: 2025 });
    expect(dpo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(SG, PLAN_VERSUS_ACTUAL, { year: 1800 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
