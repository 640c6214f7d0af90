import { CommandBus } from '@nestjs/cqrs';
import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import { DemoSend, seedForums, seedMomentum, seedPlans } from '@samverkan/demo';
import { seedDialogue } from '@samverkan/dialogue';
import { seedKnowledge } from '@samverkan/knowledge';
import { seedSupervision } from '@samverkan/supervision';
import { demoYear, seedTipYear } from '@samverkan/tips';
import { TestApp } from './test-app';

/** A seed's way into the test app: the pipeline's `send`, as the mutations take it, and its person directory. */
export function demoSendOf(t: TestApp): DemoSend {
  const pipeline = t.app.get(CommandPipeline);
  return { send: pipeline.send.bind(pipeline), persons: t.app.get(PersonDirectory) };
}

/** Every module's demo data through the real command path, with a small tip year to keep it quick. */
export async function seedEveryModule(t: TestApp): Promise<void> {
  const bus = t.app.get(CommandBus);
  const persons = t.app.get(PersonDirectory);
  const demo = demoSendOf(t);
  await seedPlans(demo);
  const small = { impulses: 12, tips: 3, directActions: 1, indirectUses: 1, noActions: 1, awaitingOutcome: 0, dismissed: 2, open: 1 };
  await seedTipYear(bus, persons, demoYear(2024, small, DEFAULT_REGIONS));
  await seedForums(demo);
  await seedSupervision(bus, persons);
  await seedDialogue(bus, persons);
  await seedKnowledge(bus, persons);
  await seedMomentum(demo);
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
