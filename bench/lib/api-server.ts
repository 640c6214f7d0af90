import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { nodeArgs } from './child';
import { ROOT } from './report';

export interface ApiServer {
  /** The GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The API as `npm start` runs it, in its own process on `dir`; resolves once /health answers.
 * Development mode, for the dev tokens (production signs none); it serves requests alike.
 */
export async function startApiServer(dir: string): Promise<ApiServer> {
  const port = await freePort();
  const { command, args, env } = nodeArgs('apps/api/src/main');
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...env, DATA_DIR: dir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error('the server did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `${base}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
