import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsNode } from '../support/ts-node';

function seed(dataDir: string): string {
  const { command, args, options } = tsNode('apps/cli/src/main.ts', ['seed'], { DATA_DIR: dataDir });
  return execFileSync(command, args, { ...options, encoding: 'utf8' });
}

describe('npm run cli -- seed', () => {
  it('loads the demo tip years once; a second run adds nothing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-seed-'));
    try {
      expect(seed(dataDir)).toMatch(/2024: 113 impulses, 25 tips; 2025: 131 impulses, 29 tips\): new events appended/);
      const count = () => {
        const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
        try {
          return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      const events = count();
      expect(events).toBeGreaterThan(244);
      expect(seed(dataDir)).toMatch(/nothing new: already seeded/);
      expect(count()).toBe(events);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
