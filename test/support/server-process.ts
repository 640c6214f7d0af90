import { ChildProcess, spawn } from 'node:child_process';
import { tsNode } from './ts-node';

/**
 * apps/api/src/main.ts as `npm start` runs it, compiled on the fly instead of from dist/. In
 * development by default, as `npm start` is, since the tests read its dev tokens; production needs
 * an external issuer (test/support/test-issuer.ts).
 */
export function startServer(env: Record<string, string>): ChildProcess {
  const { command, args, options } = tsNode('apps/api/src/main.ts', [], { NODE_ENV: 'development', ...env });
  return spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function collect(child: ChildProcess): { out: () => string } {
  let out = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (out += chunk));
  return { out: () => out };
}

export function exitOf(child: ChildProcess): Promise<number | string | null> {
  return new Promise((done) => child.once('exit', (code, signal) => done(code ?? signal)));
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts the server on a free port and resolves once it serves, with its port and its output so far.
 * A server that does not come up in time is killed, so that it cannot outlive the test.
 */
export async function startedServer(
  env: Record<string, string>,
  timeoutMs = 25_000,
): Promise<{ child: ChildProcess; port: string; out: () => string }> {
  const child = startServer({ PORT: '0', ...env });
  const output = collect(child);
  try {
    const port = await waitFor(
      () => /serves GraphQL at http:\/\/\S+?:(\d+)\/graphql/.exec(output.out())?.[1],
      timeoutMs,
    );
    return { child, port, out: output.out };
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = exitOf(child);
      child.kill('SIGKILL');
      await exited;
    }
    throw error;
  }
}
