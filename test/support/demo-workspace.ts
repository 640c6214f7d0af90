import { CommandBus } from '@nestjs/cqrs';
import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import { demoOf, DemoSend, demoYear, seedKnowledge, seedPlans, seedTipYear } from '@samverkan/demo';
import { seedDialogue } from '@samverkan/dialogue';
import { seedForums } from '@samverkan/forums';
import { seedMomentum } from '@samverkan/momentum';
import { seedSupervision } from '@samverkan/supervision';
import { TestApp } from './test-app';

/** The test app's own pipeline and person directory as a seed's target. */
export function demoSendOf(t: TestApp): DemoSend {
  return demoOf(t.app.get(CommandPipeline), t.app.get(PersonDirectory));
}

/** Every module's demo data through the real command path, with a small tip year to keep it quick. */
export async function seedEveryModule(t: TestApp): Promise<void> {
  const bus = t.app.get(CommandBus);
  const persons = t.app.get(PersonDirectory);
  const demo = demoSendOf(t);
  await seedPlans(demo);
  const small = { impulses: 12, tips: 3, directActions: 1, indirectUses: 1, noActions: 1, awaitingOutcome: 0, dismissed: 2, open: 1 };
  await seedTipYear(demo, demoYear(2024, small, DEFAULT_REGIONS));
  await seedForums(bus, persons);
  await seedSupervision(bus, persons);
  await seedDialogue(bus, persons);
  await seedKnowledge(demo);
  await seedMomentum(bus, persons);
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
