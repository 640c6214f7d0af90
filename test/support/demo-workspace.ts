import { CommandBus } from '@nestjs/cqrs';
import { CommandPipeline, DEFAULT_REGIONS, PersonDirectory, ProcessManagerRunner } from '@samverkan/core';
import { DemoSend, seedDialogue, seedForums, seedMomentum, seedPlans, seedSupervision } from '@samverkan/demo';
import { seedKnowledge } from '@samverkan/knowledge';
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
  await seedSupervision(demo);
  await seedDialogue(demo);
  await seedKnowledge(bus, persons);
  await seedMomentum(demo);
  await t.app.get(ProcessManagerRunner).settle(30_000);
}
