import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PLANS, demoPlanOutcome, demoWorkspaceCounts } from '@samverkan/demo';
import { tsNode } from '../support/ts-node';

function seed(dataDir: string): string {
  const { command, args, options } = tsNode('apps/cli/src/main.ts', ['seed'], { DATA_DIR: dataDir });
  return execFileSync(command, args, { ...options, encoding: 'utf8' });
}

describe('npm run cli -- seed', () => {
  it('loads the collaboration plans, the demo tip years, the six forums and the supervision campaigns once; a second run adds nothing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-seed-'));
    try {
      const output = seed(dataDir);
      const n = demoWorkspaceCounts();
      const [p2024, p2025, p2026] = DEMO_PLANS.map(demoPlanOutcome);
      expect(output).toContain(
        `Seeded the collaboration plans (2024: closed, ${p2024.activities} activities; 2025: followed up, ${p2025.activities} activities; ` +
          `2026: adopted, ${p2026.activities} activities)`,
      );
      expect(output).toMatch(/2024: 113 impulses, 25 tips; 2025: 131 impulses, 29 tips\): new events appended/);
      expect(output).toContain(`Seeded the regional forums (6 forums, ${n.forumMeetings} meetings`);
      expect(output).toContain(`Seeded joint supervision (2 campaigns, ${n.inspections} inspections)`);
      expect(output).toContain(`Seeded dialogue (${n.selections} selections, ${n.dialogueMeetings} meetings)`);
      expect(output).toContain(`Seeded the knowledge group (${n.groupMeetings} meetings, ${n.knowledgeItems} items)`);
      expect(output).toContain(`Seeded Momentum's activities (${n.activities} activities)`);
      const count = () => {
        const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
        try {
          return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      const readModels = new Database(join(dataDir, 'read-models.sqlite'), { readonly: true });
      try {
        const rows = (table: string) =>
          (readModels.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
        expect([rows('forums_forum'), rows('forums_meeting'), rows('forums_joint_action')]).toEqual([
          n.forums,
          n.forumMeetings,
          n.jointActions,
        ]);
        expect([rows('supervision_campaign'), rows('supervision_inspection')]).toEqual([2, n.inspections]);
        expect([rows('dialogue_selection'), rows('dialogue_meeting')]).toEqual([n.selections, n.dialogueMeetings]);
        expect([rows('knowledge_group'), rows('knowledge_item')]).toEqual([1, n.knowledgeItems]);
        expect(rows('momentum_activity')).toBe(n.activities);
        expect(rows('plan_view')).toBe(n.plans);
        const plans = (
          readModels.prepare('SELECT doc FROM plan_view ORDER BY CAST(id AS INTEGER)').all() as { doc: string }[]
        ).map((r) => JSON.parse(r.doc));
        expect(plans.map((p) => [p.year, p.status, p.activities.length])).toEqual([
          [2024, 'CLOSED', p2024.activities],
          [2025, 'FOLLOWED_UP', p2025.activities],
          [2026, 'ADOPTED', p2026.activities],
        ]);
      } finally {
        readModels.close();
      }
      const events = count();
      expect(events).toBeGreaterThan(244);
      expect(seed(dataDir)).toMatch(/nothing new: already seeded/);
      expect(count()).toBe(events);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
