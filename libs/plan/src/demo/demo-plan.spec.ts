import { CommandBus } from '@nestjs/cqrs';
import { PersonDirectory } from '@samverkan/core';
import { decisionMemberId } from '../application/decision-members';
import { RunPlanCommand } from '../application/plan.handlers';
import { ACTIVITY_AREAS, ACTIVITY_OWNERS, ExistingPlan, PlanCommand, planDecider, PlanState } from '../domain';
import { DEMO_PLANS, DEMO_STEERING_GROUP, demoDecisions, demoPlan, demoPlanOutcome, DemoPlanStep, demoSteeringMember } from './demo-plan';
import { demoPlanCommandIds, demoPlanStepKey, planCommandCount, seedPlans } from './seed-plan';

/** The domain refuses decisions after the real today: the demo stays before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';
const ACTIVITY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The plans as the seed leaves them, replayed through the real decider, and what it sent. */
interface Run {
  states: Map<number, PlanState>;
  commands: { command: PlanCommand; commandId: string; replayed: boolean }[];
  upserts: { id: string; name?: string | null; organisation?: string | null }[];
}

/**
 * A command bus that runs the plan decider in memory and, like the pipeline, replays a known
 * command id and names the context's people once the command has events (a replay included).
 */
function inMemory(run: Run, handled: Set<string>): CommandBus {
  return {
    execute: async ({ command, context }: RunPlanCommand) => {
      const named = () => run.upserts.push(...(context.people ?? []).map((p) => ({ id: p.id, ...p.fields })));
      const replayed = handled.has(context.commandId);
      run.commands.push({ command, commandId: context.commandId, replayed });
      if (replayed) return void named();
      const year = command.data.year;
      const state = run.states.get(year) ?? planDecider.initialState();
      const events = planDecider.decide(command, state);
      run.states.set(year, events.reduce(planDecider.evolve, state));
      handled.add(context.commandId);
      if (events.length > 0) named();
    },
  } as unknown as CommandBus;
}

function fakePersons(run: Run): PersonDirectory {
  return { upsert: (id: string, fields: { name?: string | null; organisation?: string | null }) => run.upserts.push({ id, ...fields }) } as unknown as PersonDirectory;
}

async function seedInMemory(handled = new Set<string>()): Promise<Run> {
  const run: Run = { states: new Map(), commands: [], upserts: [] };
  let ticks = 0;
  await seedPlans(inMemory(run, handled), fakePersons(run), () => ticks++);
  expect(ticks).toBe(planCommandCount());
  return run;
}

const plan = (run: Run, year: number) => run.states.get(year) as ExistingPlan;
const decisionSteps = (steps: readonly DemoPlanStep[]) => steps.filter((s): s is Extract<DemoPlanStep, { decision: unknown }> => 'decision' in s);

describe('Demo collaboration plans', () => {
  let run: Run;
  beforeAll(async () => {
    run = await seedInMemory();
  });

  it('has the plans of 2024, 2025 and 2026; 2025 with its diary numbers', () => {
    expect(DEMO_PLANS.map((p) => p.year)).toEqual([2024, 2025, 2026]);
    expect(demoPlan(2025)).toMatchObject({ title: 'Plan för aktiv samverkan 2025', diaryNumbers: { av: '2025/005661', fk: '2025/002400' } });
    for (const p of DEMO_PLANS) expect(p.title).toBe(`Plan för aktiv samverkan ${p.year}`);
  });

  it('goes through the real decider without a refusal: 2024 closed, 2025 followed up, 2026 adopted', () => {
    expect([2024, 2025, 2026].map((y) => plan(run, y).status)).toEqual(['CLOSED', 'FOLLOWED_UP', 'ADOPTED']);
    for (const p of DEMO_PLANS) {
      expect(demoPlanOutcome(p)).toEqual({ status: plan(run, p.year).status, activities: plan(run, p.year).activities.size });
    }
  });

  it('closes 2024 with every activity done, or cancelled with a reason', () => {
    const activities = [...plan(run, 2024).activities.values()];
    expect(activities.length).toBeGreaterThanOrEqual(4);
    for (const a of activities) expect(a.status === 'DONE' || (a.status === 'CANCELLED' && !!a.cancellationReason?.trim())).toBe(true);
    expect(activities.filter((a) => a.status === 'CANCELLED')).toHaveLength(1);
  });

  it('gives 2025 the activities of the seeds: every area, every owner, the indicators of the report', () => {
    const activities = [...plan(run, 2025).activities.values()];
    expect(new Set(activities.map((a) => a.area))).toEqual(new Set(ACTIVITY_AREAS));
    expect(new Set(activities.map((a) => a.owner))).toEqual(new Set(ACTIVITY_OWNERS));
    const indicators = activities.flatMap((a) => a.indicators);
    for (const i of ['antal tips', 'åtgärder på tips', 'spridning geografi och bransch', 'räckvidd kommunikationsinsats']) expect(indicators).toContain(i);
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
    const kinds = demoPlan(2026).steps.filter((s) => !['ADD', 'CHANGE', 'PROGRESS'].includes(s.kind)).map((s) => s.kind);
    expect(kinds).toEqual(['SUBMIT', 'RETURN_TO_DRAFT', 'SUBMIT', 'ADOPT']);
    expect(demoPlan(2026).steps.find((s) => s.kind === 'ADOPT')!.on.startsWith('2026-0')).toBe(true);
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
        for (const text of [decision.what, decision.reason, decision.minutesReference]) expect(text.trim()).not.toBe('');
      }
    }
  });

  it('fits what the GraphQL inputs accept', () => {
    for (const p of DEMO_PLANS) {
      for (const step of p.steps) {
        const activity = step.kind === 'ADD' ? step.activity : step.kind === 'AMEND' && step.amendment.kind === 'ADD_ACTIVITY' ? step.amendment.activity : null;
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

  it('names its fictional members only in the person directory, under ids derived from the command ids; no event data holds a name', () => {
    const names = DEMO_STEERING_GROUP.map((m) => m.name);
    const sent = JSON.stringify(run.commands.map((c) => c.command));
    for (const name of names) expect(sent).not.toContain(name);
    // No real person of the seed documents is named.
    const data = JSON.stringify([DEMO_PLANS, DEMO_STEERING_GROUP]);
    for (const real of ['Öberg', 'Lööw', 'Thildéus', 'Johansen']) expect(data).not.toContain(real);

    const adoption = run.commands.find((c) => c.command.type === 'AdoptPlan' && c.command.data.year === 2025)!;
    const decision = (adoption.command as Extract<PlanCommand, { type: 'AdoptPlan' }>).data.decision;
    expect(decision.decidedBy.map((m) => m.personId)).toEqual(decision.decidedBy.map((_, i) => decisionMemberId(adoption.commandId, i)));
    expect(decision.decidedBy.map((m) => m.organisation)).toEqual(['FK', 'FK', 'AV', 'AV']);
    const registered = run.upserts.filter((u) => u.id.startsWith('person-'));
    expect(new Set(registered.map((u) => u.name))).toEqual(new Set(names));
    expect(registered).toContainEqual({ id: decision.decidedBy[0].personId, name: 'Cecilia Rydén', organisation: 'FK' });
  });

  it('derives one stable command id per step, and a second run replays every one and names the same persons', async () => {
    const ids = demoPlanCommandIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(demoPlanCommandIds());
    expect(planCommandCount()).toBe(DEMO_PLANS.reduce((n, p) => n + 1 + p.steps.length, 0));
    const keys = DEMO_PLANS.flatMap((p) => p.steps.map((s) => demoPlanStepKey(p.year, s)));
    expect(new Set(keys).size).toBe(keys.length);

    const handled = new Set<string>();
    const first = await seedInMemory(handled);
    const second = await seedInMemory(handled);
    expect(second.commands.every((c) => c.replayed)).toBe(true);
    expect(second.states.size).toBe(0);
    expect(new Set(second.upserts.map((u) => u.id))).toEqual(new Set(first.upserts.map((u) => u.id)));
  });
});
