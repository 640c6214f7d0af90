import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/**
 * How the tests run an entry point of apps/ in a child process, as `npm start` or `npm run cli`
 * would, but compiled on the fly instead of from dist/: transpiled without a type check, as
 * ts-node's transpile-only mode does, each file once for all the processes a test run starts
 * (transpile-cache.cjs).
 */
export function tsNode(entry: string, args: string[] = [], env: Record<string, string> = {}) {
  return {
    command: process.execPath,
    args: ['-r', join(__dirname, 'transpile-cache.cjs'), '-r', 'tsconfig-paths/register', join(ROOT, entry), ...args],
    options: { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env } },
  };
}

/** `npm run cli -- <args>` on the workspace in `dataDir`, run to its end: its status and output. */
export function runCli(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir, ...env });
  return spawnSync(command, argv, { ...options, encoding: 'utf8' });
}
