import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './report';

/** True when running from the TypeScript sources (ts-node) rather than dist/. */
const fromSources = __filename.endsWith('.ts');

/**
 * How to run a file of the repository (path from the root, without extension) in a child process:
 * compiled from dist/ when the bench itself runs compiled (`npm run bench`), else with ts-node.
 */
export function nodeArgs(
  entry: string,
  args: string[] = [],
  nodeFlags: string[] = [],
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  if (!fromSources)
    return {
      command: process.execPath,
      args: [...nodeFlags, join(ROOT, 'dist', `${entry}.js`), ...args],
      env: { ...process.env },
    };
  return {
    command: process.execPath,
    args: [
      ...nodeFlags,
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(ROOT, `${entry}.ts`),
      ...args,
    ],
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  };
}

/** Runs a bench worker in its own process (own heap, own RSS) and parses the JSON line it prints last. */
export function runWorker<T>(entry: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const { command, args: argv, env } = nodeArgs(entry, args, nodeFlags);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${entry} exited with ${code}: ${out}`));
      const line = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as T);
      } catch {
        reject(new Error(`${entry} printed no result: ${out}`));
      }
    });
  });
}
