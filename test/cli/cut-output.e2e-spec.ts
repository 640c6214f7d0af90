import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedEveryModule } from '../support/demo-workspace';
import { startTestApp } from '../support/test-app';
import { tsNode } from '../support/ts-node';

interface Ended {
  code: number | null;
  signal: string | null;
  stderr: string;
  firstLine: string;
}

/**
 * Runs the CLI with its stdout piped into a reader that stops reading, as `| head -1` does: after
 * the first line, or before the first byte (then every write of the command meets the closed pipe,
 * however short its output).
 */
function runCut(dataDir: string, args: string[], cut: 'after-first-line' | 'at-once'): Promise<Ended> {
  const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let seen = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (cut === 'at-once') child.stdout.destroy();
  else
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('\n')) child.stdout.destroy();
    });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr, firstLine: seen.split('\n')[0] })),
  );
}

const quietly = (ended: Ended) => {
  expect(ended.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at .+\(/);
  expect(ended.signal).toBeNull();
  expect(ended.code).toBe(0);
};

describe('A CLI command whose output is cut (| head -1)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-cut-'));
    const t = await startTestApp({ dataDir });
    await seedEveryModule(t);
    await t.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['verify', ['verify']],
    ['verify --json', ['verify', '--json']],
    ['export esf', ['export', 'esf', '--from', '2024-01-01', '--to', '2026-12-31']],
    ['export participants', ['export', 'participants', '--month', '2024-06']],
    ['export events', ['export', 'events']],
  ])(
    '%s ends quietly when the reader has gone before its first line',
    async (_, args) => {
      quietly(await runCut(dataDir, args, 'at-once'));
    },
    60_000,
  );

  it('export events ends quietly when the reader stops after its first line of many', async () => {
    const ended = await runCut(dataDir, ['export', 'events'], 'after-first-line');
    expect(JSON.parse(ended.firstLine)).toMatchObject({ position: expect.anything(), type: expect.any(String) });
    quietly(ended);
  }, 60_000);

  it('digest ends quietly, its file written, when the reader has gone', async () => {
    const out = join(dataDir, 'cut-digest.json');
    quietly(await runCut(dataDir, ['digest', '--out', out], 'at-once'));
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
