import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ProjectionRunner, ReadModelDb } from '@samverkan/core';
import {
  DEMO_PROJECT_ACTIVITIES,
  dialogueCommandCount,
  forumsCommandCount,
  knowledgeCommandCount,
  momentumCommandCount,
  supervisionCommandCount,
} from '@samverkan/demo';
import { runPlanStory } from '../support/plan-story';
import { seedEveryModule } from '../support/demo-workspace';
import { dumpReadModels, readModelSchema } from '../support/read-model-dump';
import { useTestApp } from '../support/test-app';
import { tsNode } from '../support/ts-node';

describe('Rebuilding the read models', () => {
  const t = useTestApp();
  let live: Record<string, unknown[]>;
  let liveSchema: unknown[];
  beforeAll(async () => {
    await seedEveryModule(t, async () => {
      await runPlanStory(t, 2025);
      await runPlanStory(t, 2026);
    });
    live = dumpReadModels(t.app.get(ReadModelDb).db);
    liveSchema = readModelSchema(t.app.get(ReadModelDb).db);
  }, 60_000);

  it('has live rows to compare', () => {
    expect(live.plan_view).toHaveLength(2);
    expect(live.tips_impulse).toHaveLength(12);
    expect(live.tips_tip).toHaveLength(3);
    // 14 plan events; each impulse is reported and joins a tip or is dismissed; each tip is compiled,
    // sent, received and given an outcome.
    expect(live.forums_forum).toHaveLength(6);
    expect(live.momentum_activity).toHaveLength(DEMO_PROJECT_ACTIVITIES.length);
    // 12 principals are marked eligible by the process manager after system deficiencies.
    expect(live.supervision_eligibility).toHaveLength(12);
    // ... and the demo forums, supervision, dialogue, knowledge and momentum: one event per command.
    expect(live.timeline).toHaveLength(
      14 +
        12 +
        9 +
        2 +
        3 * 4 +
        forumsCommandCount() +
        supervisionCommandCount() +
        12 +
        dialogueCommandCount() +
        knowledgeCommandCount() +
        momentumCommandCount(),
    );
  });

  it('gives exactly the live rows when dropped and replayed from the store', async () => {
    const runner = t.app.get(ProjectionRunner);
    const progress: bigint[] = [];
    const count = await runner.rebuild((done) => progress.push(done));
    expect(count).toBe(live.timeline.length);
    expect(progress.at(-1)).toBe(runner.position);
    expect(dumpReadModels(t.app.get(ReadModelDb).db)).toEqual(live);
  });

  it('leaves every index and trigger of live projection, those it built only at the end too', () => {
    const schema = readModelSchema(t.app.get(ReadModelDb).db);
    expect(schema).toEqual(liveSchema);
    expect(schema).toContainEqual(expect.objectContaining({ type: 'index', name: 'oversight_tracked_owing' }));
    expect(schema).toContainEqual(expect.objectContaining({ type: 'index', name: 'tips_impulse_tip' }));
  });

  it('keeps following the store after a rebuild', async () => {
    await runPlanStory(t, 2027);
    const plans = await t.gql('AUDITOR', '{ collaborationPlans { edges { node { year revision } } } }');
    expect(plans.data.collaborationPlans.edges.map((e: any) => e.node)).toEqual([
      { year: 2025, revision: 6 },
      { year: 2026, revision: 6 },
      { year: 2027, revision: 6 },
    ]);
  });

  it('is what `npm run cli -- rebuild` does on a stopped server’s data dir', async () => {
    const before = dumpReadModels(t.app.get(ReadModelDb).db);
    await t.app.close();
    const { command, args, options } = tsNode('apps/cli/src/main.ts', ['rebuild'], { DATA_DIR: t.dataDir });
    const output = execFileSync(command, args, { ...options, encoding: 'utf8' });
    expect(output).toMatch(new RegExp(`Rebuilt read models from ${before.timeline.length} events`));
    const db = new Database(join(t.dataDir, 'read-models.sqlite'), { readonly: true });
    try {
      expect(dumpReadModels(db)).toEqual(before);
    } finally {
      db.close();
    }
  }, 60_000);
});
