import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import {
  demoOf,
  DemoSend,
  demoYear,
  seedDialogue,
  seedForums,
  seedKnowledge,
  seedMomentum,
  seedPlans,
  seedSupervision,
  seedTipYear,
} from '@samverkan/demo';
import { TestApp } from './test-app';

/** The test app's own pipeline and person directory as a seed's target. */
export function demoSendOf(t: TestApp): DemoSend {
  return demoOf(t.app.get(CommandPipeline), t.app.get(PersonDirectory));
}

/** A 2024 tip year small enough to seed in seconds: 12 impulses, 3 tips, one outcome of each kind. */
export function seedSmallTipYear(demo: DemoSend): Promise<void> {
  const small = {
    impulses: 12,
    tips: 3,
    directActions: 1,
    indirectUses: 1,
    noActions: 1,
    awaitingOutcome: 0,
    dismissed: 2,
    open: 1,
  };
  return seedTipYear(demo, demoYear(2024, small, DEFAULT_REGIONS));
}

/**
 * Every module's demo data through the real command path, with a small tip year to keep it quick;
 * `plans` stands in for the demo plans where a test needs plans of its own.
 */
export async function seedEveryModule(t: TestApp, plans: (demo: DemoSend) => Promise<void> = seedPlans): Promise<void> {
  const demo = demoSendOf(t);
  await plans(demo);
  await seedSmallTipYear(demo);
  await seedForums(demo);
  await seedSupervision(demo);
  await seedDialogue(demo);
  await seedKnowledge(demo);
  await seedMomentum(demo);
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
