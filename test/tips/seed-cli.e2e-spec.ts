import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_DIALOGUE_MEETINGS,
  DEMO_FORUMS,
  DEMO_GROUP_MEETINGS,
  DEMO_INSPECTIONS,
  DEMO_JOINT_ACTIONS,
  DEMO_KNOWLEDGE_ITEMS,
  DEMO_MEETINGS,
  DEMO_PLANS,
  DEMO_PROJECT_ACTIVITIES,
  DEMO_SELECTIONS,
  demoPlanOutcome,
} from '@samverkan/demo';
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
      const [p2024, p2025, p2026] = DEMO_PLANS.map(demoPlanOutcome);
      expect(output).toContain(
        `Seeded the collaboration plans (2024: closed, ${p2024.activities} activities; 2025: followed up, ${p2025.activities} activities; ` +
          `2026: adopted, ${p2026.activities} activities)`,
      );
      expect(output).toMatch(/2024: 113 impulses, 25 tips; 2025: 131 impulses, 29 tips\): new events appended/);
      expect(output).toMatch(new RegExp(`Seeded the regional forums \\(6 forums, ${DEMO_MEETINGS.length} meetings`));
      expect(output).toMatch(
        new RegExp(`Seeded joint supervision \\(2 campaigns, ${DEMO_INSPECTIONS.length} inspections\\)`),
      );
      expect(output).toMatch(
        new RegExp(
          `Seeded dialogue \\(${DEMO_SELECTIONS.length} selections, ${DEMO_DIALOGUE_MEETINGS.length} meetings\\)`,
        ),
      );
      expect(output).toMatch(
        new RegExp(
          `Seeded the knowledge group \\(${DEMO_GROUP_MEETINGS.length} meetings, ${DEMO_KNOWLEDGE_ITEMS.length} items\\)`,
        ),
      );
      expect(output).toMatch(
        new RegExp(`Seeded Momentum's activities \\(${DEMO_PROJECT_ACTIVITIES.length} activities\\)`),
      );
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
          DEMO_FORUMS.length,
          DEMO_MEETINGS.length,
          DEMO_JOINT_ACTIONS.length,
        ]);
        expect([rows('supervision_campaign'), rows('supervision_inspection')]).toEqual([2, DEMO_INSPECTIONS.length]);
        expect([rows('dialogue_selection'), rows('dialogue_meeting')]).toEqual([
          DEMO_SELECTIONS.length,
          DEMO_DIALOGUE_MEETINGS.length,
        ]);
        expect([rows('knowledge_group'), rows('knowledge_item')]).toEqual([1, DEMO_KNOWLEDGE_ITEMS.length]);
        expect(rows('momentum_activity')).toBe(DEMO_PROJECT_ACTIVITIES.length);
        expect(rows('plan_view')).toBe(DEMO_PLANS.length);
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
