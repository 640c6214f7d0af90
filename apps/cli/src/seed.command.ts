import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import {
  CommandPipeline,
  EVENT_STORE,
  PersonDirectory,
  ProcessManagerRunner,
  holdingDataDir,
  validateEnvironment,
  Environment,
} from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import {
  DEMO_PLANS,
  DEMO_SHAPES,
  demoOf,
  demoPlanOutcome,
  demoWorkspaceCounts,
  demoYear,
  seedWorkspace,
  workspaceCommandCount,
} from '@samverkan/demo';
import { WorkspaceModule } from '../../api/src';

/**
 * Loads the plans for active collaboration of 2024–2026, the demo tip years (2024 as FK reported
 * it, 2025 a plausible rise), the six regional forums, the two joint supervision campaigns, the
 * dialogue meetings, the knowledge group and Momentum's own activities through the command path. Idempotent: a second run appends nothing. Run it with the server stopped, like rebuild.
 */
export async function seedCommand(): Promise<void> {
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  await holdingDataDir(env.DATA_DIR, 'the operator command seed', () => seed(env));
}

async function seed(env: Environment): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env), { logger: ['error', 'warn'] });
  const store = app.get<EventStore>(EVENT_STORE);
  const before = await store.headPosition();
  const years = Object.entries(DEMO_SHAPES).map(([year, shape]) => demoYear(Number(year), shape, env.REGIONS));
  const bar = new SingleBar(
    { format: 'seed [{bar}] {percentage}% | {value}/{total} commands' },
    Presets.shades_classic,
  );
  const seed = { tipYears: years };
  bar.start(workspaceCommandCount(seed), 0);
  await seedWorkspace(demoOf(app.get(CommandPipeline), app.get(PersonDirectory)), seed, () => bar.increment());
  bar.stop();
  // Inspections with system deficiencies make principals eligible, through a process manager.
  await app.get(ProcessManagerRunner).settle(60_000);
  const after = await store.headPosition();
  const summary = years.map((y) => `${y.year}: ${y.impulses.length} impulses, ${y.tips.length} tips`).join('; ');
  const added = before === after ? 'nothing new: already seeded' : 'new events appended';
  const plans = DEMO_PLANS.map((p) => ({ year: p.year, ...demoPlanOutcome(p) }))
    .map((p) => `${p.year}: ${p.status.toLowerCase().replace('_', ' ')}, ${p.activities} activities`)
    .join('; ');
  process.stdout.write(`Seeded the collaboration plans (${plans})\n`);
  process.stdout.write(`Seeded the tip routine (${summary}): ${added}\n`);
  const n = demoWorkspaceCounts();
  process.stdout.write(
    `Seeded the regional forums (${n.forums} forums, ${n.forumMeetings} meetings, ${n.jointActions} joint actions)\n`,
  );
  process.stdout.write(`Seeded joint supervision (${n.campaigns} campaigns, ${n.inspections} inspections)\n`);
  process.stdout.write(`Seeded dialogue (${n.selections} selections, ${n.dialogueMeetings} meetings)\n`);
  process.stdout.write(`Seeded the knowledge group (${n.groupMeetings} meetings, ${n.knowledgeItems} items)\n`);
  process.stdout.write(`Seeded Momentum's activities (${n.activities} activities)\n`);
  await app.close();
}
