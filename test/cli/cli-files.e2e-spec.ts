import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ESTABLISH } from '../support/forum-fixtures';
import { ok, startTestApp } from '../support/test-app';
import { tsNode } from '../support/ts-node';

const modeOf = (file: string) => statSync(file).mode & 0o777;

/**
 * Reports and digests carry names and audit evidence: every file the CLI writes is its owner's only
 * (an existing --out file too: apps/cli/src/private-file.spec.ts).
 */
describe('Files the CLI writes', () => {
  let dataDir: string;
  let outDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-files-'));
    outDir = mkdtempSync(join(tmpdir(), 'samverkan-cli-out-'));
    const t = await startTestApp({ dataDir });
    await ok(t.gql('STEERING_GROUP', ESTABLISH, { input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne' } }));
    await t.close();
    // The server's own, removed: the CLI must not write dev tokens again.
    rmSync(join(dataDir, 'dev-tokens.json'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  const cli = async (...args: string[]) => {
    const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
    // The usual umask, under which a plain write would make a file everyone may read.
    await promisify(execFile)('/bin/sh', ['-c', 'umask 022 && exec "$0" "$@"', command, ...argv], options);
  };

  it.each([
    ['export esf', 'esf.csv', ['export', 'esf', '--from', '2025-01-01', '--to', '2025-12-31']],
    ['export participants', 'deltagare.csv', ['export', 'participants', '--month', '2024-06']],
    ['digest', 'digest.json', ['digest']],
  ])(
    '%s --out writes a file readable by its owner only',
    async (_command, name, args) => {
      const out = join(outDir, name);
      await cli(...args, '--out', out);
      expect(modeOf(out)).toBe(0o600);
    },
    60_000,
  );

  it('writes no dev tokens into the data dir', () => {
    expect(existsSync(join(dataDir, 'dev-tokens.json'))).toBe(false);
  });
});
