import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, exitOf, startServer, waitFor } from './support/server-process';
import { readDevTokens } from './support/test-app';

describe('Starting the server', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'samverkan-start-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('given a bad PORT, then it stops at once with a message naming the variable', async () => {
    const child = startServer({ DATA_DIR: dataDir, PORT: 'three thousand' });
    const output = collect(child);
    expect(await exitOf(child)).toBe(1);
    expect(output.out()).toMatch(/PORT="three thousand"/);
    expect(existsSync(join(dataDir, 'events.sqlite'))).toBe(false);
  }, 30_000);

  it('given an empty data dir, then it writes dev tokens, says so, serves GraphQL and stops cleanly', async () => {
    const child = startServer({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
    const output = collect(child);
    try {
      const port = await waitFor(() => /localhost:(\d+)\/graphql/.exec(output.out())?.[1], 25_000);
      expect(output.out()).toMatch(/dev tokens, one per role, written to/);
      const tokens = readDevTokens(dataDir);
      const res = await fetch(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.STEERING_GROUP}` },
        body: JSON.stringify({ query: '{ collaborationPlans(first: 1) { edges { node { year } } } }' }),
      });
      expect(await res.json()).toEqual({ data: { collaborationPlans: { edges: [] } } });
      // Logs are JSON lines for the log shipper.
      const line =
        output
          .out()
          .split('\n')
          .find((l) => l.includes('serves GraphQL')) ?? '';
      expect(JSON.parse(line)).toMatchObject({ level: 30 });
    } finally {
      child.kill('SIGTERM');
    }
    // Nest closes the app, then re-raises the signal so a supervisor sees why the process ended.
    expect(await exitOf(child)).toBe('SIGTERM');
    expect(output.out()).toMatch(/stopped: every accepted command is stored/);
  }, 40_000);
});
