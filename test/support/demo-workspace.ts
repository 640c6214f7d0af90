import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import { demoOf, DemoSend, DemoYear, demoYear, seedTipYear, seedWorkspace, WorkspaceSeed } from '@samverkan/demo';
import { TestApp } from './test-app';

/** The test app's own pipeline and person directory as a seed's target. */
export function demoSendOf(t: TestApp): DemoSend {
  return demoOf(t.app.get(CommandPipeline), t.app.get(PersonDirectory));
}

/** A 2024 tip year small enough to seed in seconds: 12 impulses, 3 tips, one outcome of each kind. */
export function smallTipYear(): DemoYear {
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
  return demoYear(2024, small, DEFAULT_REGIONS);
}

export function seedSmallTipYear(demo: DemoSend): Promise<void> {
  return seedTipYear(demo, smallTipYear());
}

/**
 * Every module's demo data through the real command path, with a small tip year to keep it quick;
 * `plans` stands in for the demo plans where a test needs plans of its own.
 */
export async function seedEveryModule(t: TestApp, plans?: WorkspaceSeed['plans']): Promise<void> {
  await seedWorkspace(demoSendOf(t), { tipYears: [smallTipYear()], plans });
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
