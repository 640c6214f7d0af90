import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '@samverkan/core';
import { migrateCommand } from '../../apps/cli/src/migrate.command';
import { rebuildCommand } from '../../apps/cli/src/rebuild.command';
import { seedCommand } from '../../apps/cli/src/seed.command';
import { exitOf, startedServer } from '../support/server-process';

/** The operator commands that rewrite DATA_DIR refuse while a server holds it, and not after it stopped or crashed. */
describe('DATA_DIR held by a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-lock-'));
  const lockFile = join(dataDir, LOCK_FILE);
  const saved = process.env.DATA_DIR;
  beforeAll(() => {
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    process.env.DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses seed, rebuild and migrate, naming the server, and gives DATA_DIR back when the server stops', async () => {
    const server = await startedServer({ DATA_DIR: dataDir }, 120_000);
    try {
      expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
        pid: server.child.pid,
        holder: 'a running server',
      });
      const refusal = new RegExp(`DATA_DIR ${dataDir} is in use by a running server \\(pid ${server.child.pid}`);
      await expect(seedCommand()).rejects.toThrow(refusal);
      await expect(rebuildCommand()).rejects.toThrow(refusal);
      await expect(migrateCommand({ to: 'esdb://127.0.0.1:1?tls=false' })).rejects.toThrow(refusal);
      // A second server on the same DATA_DIR is refused too, and leaves the first one's hold alone.
      const second = await startedServer({ DATA_DIR: dataDir }, 20_000).catch((error: Error) => error);
      expect(second).toBeInstanceOf(Error);
      expect(existsSync(lockFile)).toBe(true);
    } finally {
      const exited = exitOf(server.child);
      server.child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(lockFile)).toBe(false);
  }, 180_000);

  it('takes over the hold of a server that crashed', async () => {
    const server = await startedServer({ DATA_DIR: dataDir }, 120_000);
    const exited = exitOf(server.child);
    server.child.kill('SIGKILL');
    await exited;
    expect(existsSync(lockFile)).toBe(true);
    await expect(rebuildCommand()).resolves.toBeUndefined();
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});
