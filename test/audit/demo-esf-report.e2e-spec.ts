import { EVENT_STORE } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
import { DEMO_GROUP_MEETINGS, DEMO_PLANS, demoDecisions } from '@samverkan/demo';
import { seedEveryModule } from '../support/demo-workspace';
import { ok, useTestApp } from '../support/test-app';

const REPORT = `query($from: String!, $to: String!) { esfReport(from: $from, to: $to) {
  activities { deliverable activityId heldOn } decisions { decidedOn module stream eventId type } } }`;

/**
 * The demo is loaded today, years after most of what it tells happened: the ESF report still puts
 * each decision and activity on the day it happened (issue 19).
 */
describe('The seeded demo in the ESF report', () => {
  const t = useTestApp();
  let decisionIdOf: Map<string, string>;
  const plan2024 = DEMO_PLANS.find((p) => p.year === 2024)!;
  const inPeriod = (from: string, to: string) =>
    demoDecisions(plan2024).filter(
      (d) => stockholmDate(new Date(d.decidedAt)) >= from && stockholmDate(new Date(d.decidedAt)) <= to,
    );
  const report = async (from: string, to: string) => (await ok(t.gql('AUDITOR', REPORT, { from, to }))).esfReport;

  beforeAll(async () => {
    await seedEveryModule(t);
    const events = await t.app.get<EventStore>(EVENT_STORE).readAll({ filter: { streamPrefixes: ['plan-'] } });
    decisionIdOf = new Map(
      events.flatMap((e) => {
        const decision = (e.data as { decision?: { decisionId: string } }).decision;
        return decision ? [[e.id, decision.decisionId] as const] : [];
      }),
    );
  }, 120_000);

  it("lists the 2024 plan's decisions of May–December 2024 on the days the steering group took them", async () => {
    const expected = inPeriod('2024-05-01', '2024-12-31');
    expect(expected.map((d) => d.decisionId)).toEqual(['SG-2024-05', 'SG-2024-07']);
    const { decisions } = await report('2024-05-01', '2024-12-31');
    const planned = decisions.filter((d: any) => d.stream === 'plan-2024');
    expect(planned.map((d: any) => [decisionIdOf.get(d.eventId), d.decidedOn, d.module])).toEqual(
      expected.map((d) => [d.decisionId, stockholmDate(new Date(d.decidedAt)), 'plan']),
    );
    // And the adoption in February, in the year's report.
    const year = await report('2024-01-01', '2024-12-31');
    expect(
      year.decisions
        .filter((d: any) => d.stream === 'plan-2024')
        .map((d: any) => [decisionIdOf.get(d.eventId), d.decidedOn]),
    ).toEqual([
      ['SG-2024-01', '2024-02-20'],
      ['SG-2024-05', '2024-10-15'],
      ['SG-2024-07', '2024-12-10'],
    ]);
  });

  it("lists the knowledge group's meetings of the autumn of 2024 on the days they were held", async () => {
    const heldIn2024 = DEMO_GROUP_MEETINGS.flatMap((m) =>
      m.end.kind === 'HELD' && m.end.heldOn <= '2024-12-31' ? [m.end.heldOn] : [],
    );
    expect(heldIn2024).toEqual(['2024-10-08', '2024-12-03']);
    const { activities } = await report('2024-05-01', '2024-12-31');
    expect(activities.filter((a: any) => a.deliverable === 'KNOWLEDGE_GROUP').map((a: any) => a.heldOn)).toEqual(
      heldIn2024,
    );
  });

  it('lists none of them in a report for only today, the day the demo was loaded', async () => {
    const today = stockholmDate(new Date());
    const { decisions, activities } = await report(today, today);
    expect(decisions.filter((d: any) => d.stream === 'plan-2024' || d.decidedOn !== today)).toEqual([]);
    expect(activities.filter((a: any) => a.heldOn < '2025-01-01')).toEqual([]);
  });
});
