import { CommandBus } from '@nestjs/cqrs';
import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import { seedDialogue, seedPlans, seedSupervision } from '@samverkan/demo';
import { seedForums } from '@samverkan/forums';
import { seedKnowledge } from '@samverkan/knowledge';
import { seedMomentum } from '@samverkan/momentum';
import { demoYear, seedTipYear } from '@samverkan/tips';
import { TestApp } from './test-app';

/** Every module's demo data through the real command path, with a small tip year to keep it quick. */
export async function seedEveryModule(t: TestApp): Promise<void> {
  const bus = t.app.get(CommandBus);
  const persons = t.app.get(PersonDirectory);
  const demo = { send: t.app.get(CommandPipeline).send.bind(t.app.get(CommandPipeline)), persons };
  await seedPlans(demo);
  const small = { impulses: 12, tips: 3, directActions: 1, indirectUses: 1, noActions: 1, awaitingOutcome: 0, dismissed: 2, open: 1 };
  await seedTipYear(bus, persons, demoYear(2024, small, DEFAULT_REGIONS));
  await seedForums(bus, persons);
  await seedSupervision(demo);
  await seedDialogue(demo);
  await seedKnowledge(bus, persons);
  await seedMomentum(bus, persons);
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
