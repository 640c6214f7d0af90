import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** apps/api/src/main.ts as `npm start` runs it, compiled on the fly instead of from dist/. */
function startServer(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function collect(child: ChildProcess): { out: () => string } {
  let out = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (out += chunk));
  return { out: () => out };
}

function exitOf(child: ChildProcess): Promise<number | string | null> {
  return new Promise((done) => child.once('exit', (code, signal) => done(code ?? signal)));
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

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
      const tokens = JSON.parse(readFileSync(join(dataDir, 'dev-tokens.json'), 'utf8')) as Record<string, string>;
      const res = await fetch(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.STEERING_GROUP}` },
        body: JSON.stringify({ query: '{ collaborationPlans(first: 1) { edges { node { year } } } }' }),
      });
      expect(await res.json()).toEqual({ data: { collaborationPlans: { edges: [] } } });
      // Logs are JSON lines for the log shipper.
      const line = output.out().split('\n').find((l) => l.includes('serves GraphQL')) ?? '';
      expect(JSON.parse(line)).toMatchObject({ level: 30 });
    } finally {
      child.kill('SIGTERM');
    }
    // Nest closes the app, then re-raises the signal so a supervisor sees why the process ended.
    expect(await exitOf(child)).toBe('SIGTERM');
    expect(output.out()).toMatch(/stopped: every accepted command is stored/);
  }, 40_000);
});
