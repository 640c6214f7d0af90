import {
  ACTIVITY_AREAS,
  ACTIVITY_OWNERS,
  decisionMemberId,
  ExistingPlan,
  planDecider,
  planModuleEvents,
  PlanRequest,
  planStream,
} from '@samverkan/plan';
import { DemoStore, openDemoStore } from '../testing/demo-store';
import {
  DEMO_PLANS,
  DEMO_STEERING_GROUP,
  demoDecisions,
  demoPlan,
  demoPlanOutcome,
  DemoPlanStep,
  demoSteeringMember,
} from './demo-plan';
import { demoPlanCommandIds, demoPlanStepKey, planCommandCount, seedPlans } from './seed-plan';

/** The domain refuses decisions after the real today: the demo stays before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';
const ACTIVITY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The plans as the seed leaves them in a real store, through the plan's endpoint. */
interface Run {
  store: DemoStore;
  plans: Map<number, ExistingPlan>;
}

async function seedInStore(store = openDemoStore([planModuleEvents])): Promise<Run> {
  let ticks = 0;
  await seedPlans(store, () => ticks++);
  expect(ticks).toBe(planCommandCount());
  const plans = new Map<number, ExistingPlan>();
  for (const { year } of DEMO_PLANS)
    plans.set(year, (await store.state(planStream(year), planDecider)) as ExistingPlan);
  return { store, plans };
}

const plan = (run: Run, year: number) => run.plans.get(year) as ExistingPlan;
const decisionSteps = (steps: readonly DemoPlanStep[]) =>
  steps.filter((s): s is Extract<DemoPlanStep, { decision: unknown }> => 'decision' in s);

describe('Demo collaboration plans', () => {
  let run: Run;
  beforeAll(async () => {
    run = await seedInStore();
  });
  afterAll(() => run.store.close());

  it('has the plans of 2024, 2025 and 2026; 2025 with its diary numbers', () => {
    expect(DEMO_PLANS.map((p) => p.year)).toEqual([2024, 2025, 2026]);
    expect(demoPlan(2025)).toMatchObject({
      title: 'Plan för aktiv samverkan 2025',
      diaryNumbers: { av: '2025/005661', fk: '2025/002400' },
    });
    for (const p of DEMO_PLANS) expect(p.title).toBe(`Plan för aktiv samverkan ${p.year}`);
  });

  it('goes through the real decider without a refusal: 2024 closed, 2025 followed up, 2026 adopted', () => {
    expect([2024, 2025, 2026].map((y) => plan(run, y).status)).toEqual(['CLOSED', 'FOLLOWED_UP', 'ADOPTED']);
    for (const p of DEMO_PLANS) {
      expect(demoPlanOutcome(p)).toEqual({
        status: plan(run, p.year).status,
        activities: plan(run, p.year).activities.size,
      });
    }
  });

  it('closes 2024 with every activity done, or cancelled with a reason', () => {
    const activities = [...plan(run, 2024).activities.values()];
    expect(activities.length).toBeGreaterThanOrEqual(4);
    for (const a of activities)
      expect(a.status === 'DONE' || (a.status === 'CANCELLED' && !!a.cancellationReason?.trim())).toBe(true);
    expect(activities.filter((a) => a.status === 'CANCELLED')).toHaveLength(1);
  });

  it('gives 2025 the activities of the seeds: every area, every owner, the indicators of the report', () => {
    const activities = [...plan(run, 2025).activities.values()];
    expect(new Set(activities.map((a) => a.area))).toEqual(new Set(ACTIVITY_AREAS));
    expect(new Set(activities.map((a) => a.owner))).toEqual(new Set(ACTIVITY_OWNERS));
    const indicators = activities.flatMap((a) => a.indicators);
    for (const i of [
      'antal tips',
      'åtgärder på tips',
      'spridning geografi och bransch',
      'räckvidd kommunikationsinsats',
    ])
      expect(indicators).toContain(i);
    for (const a of activities) expect(a.dueDate >= '2025-01-01').toBe(true);
  });

  it('adopts 2025 by a decision, amends it once by a later one, and records progress: some done, some in progress', () => {
    const steps = demoPlan(2025).steps;
    const adoption = steps.find((s) => s.kind === 'ADOPT')!;
    const amendments = steps.filter((s) => s.kind === 'AMEND');
    expect(amendments).toHaveLength(1);
    expect(amendments[0].on > adoption.on).toBe(true);
    const statuses = [...plan(run, 2025).activities.values()].map((a) => a.status);
    expect(statuses.filter((s) => s === 'DONE').length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 'IN_PROGRESS').length).toBeGreaterThanOrEqual(2);
    expect(statuses).not.toContain('CANCELLED');
  });

  it('returns 2026 to draft once before adopting it early in 2026', () => {
    const kinds = demoPlan(2026)
      .steps.filter((s) => !['ADD', 'CHANGE', 'PROGRESS'].includes(s.kind))
      .map((s) => s.kind);
    expect(kinds).toEqual(['SUBMIT', 'RETURN_TO_DRAFT', 'SUBMIT', 'ADOPT']);
    expect(
      demoPlan(2026)
        .steps.find((s) => s.kind === 'ADOPT')!
        .on.startsWith('2026-0'),
    ).toBe(true);
  });

  it('keeps each plan in date order, every decision in the past, unique, by FK and AV members, dated the day it belongs to', () => {
    const ids = DEMO_PLANS.flatMap((p) => demoDecisions(p).map((d) => d.decisionId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of DEMO_PLANS) {
      const days = [p.draftedOn, ...p.steps.map((s) => s.on)];
      expect(days).toEqual([...days].sort());
      expect(p.draftedOn.startsWith(String(p.year)) || p.draftedOn.startsWith(String(p.year - 1))).toBe(true);
      for (const step of decisionSteps(p.steps)) {
        const { decision } = step;
        expect(decision.decidedAt.slice(0, 10)).toBe(step.on);
        expect(decision.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
        expect(step.on <= LATEST).toBe(true);
        expect(new Set(decision.members).size).toBe(decision.members.length);
        const organisations = decision.members.map((k) => demoSteeringMember(k).organisation);
        expect(organisations).toContain('FK');
        expect(organisations).toContain('AV');
        expect(decision.decisionId).toMatch(/^SG-\d{4}-\d{2}$/);
        for (const text of [decision.what, decision.reason, decision.minutesReference])
          expect(text.trim()).not.toBe('');
      }
    }
  });

  it('fits what the GraphQL inputs accept', () => {
    for (const p of DEMO_PLANS) {
      for (const step of p.steps) {
        const activity =
          step.kind === 'ADD'
            ? step.activity
            : step.kind === 'AMEND' && step.amendment.kind === 'ADD_ACTIVITY'
              ? step.amendment.activity
              : null;
        if (activity) {
          expect(activity.activityId).toMatch(ACTIVITY_ID);
          expect(activity.title.length).toBeLessThanOrEqual(300);
          expect(activity.indicators.length).toBeLessThanOrEqual(20);
          for (const i of activity.indicators) expect(i.length).toBeLessThanOrEqual(200);
        }
        if (step.kind === 'PROGRESS') expect(step.note.length).toBeLessThanOrEqual(2000);
        if (step.kind === 'FOLLOW_UP') expect(step.summary.length).toBeLessThanOrEqual(4000);
      }
    }
  });

  it('names its fictional members only in the person directory, under ids derived from the command ids; no event data holds a name', async () => {
    const names = DEMO_STEERING_GROUP.map((m) => m.name);
    const stored = JSON.stringify(await allEvents(run));
    for (const name of names) expect(stored).not.toContain(name);
    // No real person of the seed documents is named.
    const data = JSON.stringify([DEMO_PLANS, DEMO_STEERING_GROUP]);
    for (const real of ['Öberg', 'Lööw', 'Thildéus', 'Johansen']) expect(data).not.toContain(real);

    const adoption = run.store.sent.find(
      (s) => (s.request as PlanRequest).type === 'AdoptPlan' && (s.request as PlanRequest).data.year === 2025,
    )!;
    const decision = (
      adoption.sent.events[0].data as { decision: { decidedBy: { personId: string; organisation: string }[] } }
    ).decision;
    expect(decision.decidedBy.map((m) => m.personId)).toEqual(
      decision.decidedBy.map((_, i) => decisionMemberId(adoption.commandId, i)),
    );
    expect(decision.decidedBy.map((m) => m.organisation)).toEqual(['FK', 'FK', 'AV', 'AV']);
    expect(run.store.persons.find(decision.decidedBy[0].personId)).toMatchObject({
      name: 'Cecilia Rydén',
      organisation: 'FK',
    });
    for (const name of names) expect(run.store.persons.search(name).map((p) => p.name)).toContain(name);
  });

  it('derives one stable command id per step, and a second run replays every one and names no one new', async () => {
    const ids = demoPlanCommandIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(demoPlanCommandIds());
    expect(planCommandCount()).toBe(DEMO_PLANS.reduce((n, p) => n + 1 + p.steps.length, 0));
    const keys = DEMO_PLANS.flatMap((p) => p.steps.map((s) => demoPlanStepKey(p.year, s)));
    expect(new Set(keys).size).toBe(keys.length);

    const head = await run.store.store.headPosition();
    const people = run.store.persons.count();
    const before = run.store.sent.length;
    await seedPlans(run.store);
    const again = run.store.sent.slice(before);
    expect(again).toHaveLength(planCommandCount());
    expect(again.every((s) => s.sent.replayed)).toBe(true);
    expect(await run.store.store.headPosition()).toBe(head);
    expect(run.store.persons.count()).toBe(people);
  });
});

function allEvents(run: Run): Promise<unknown[]> {
  return run.store.store.readAll().then((events) => events.map((e) => ({ type: e.type, data: e.data })));
}
