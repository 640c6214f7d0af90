import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { nodeArgs } from './child';
import { ROOT } from './report';

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
 * The API as `npm start` runs it, on the history's data dir; resolves once `ready` answers, with the
 * seconds from the spawn until it was live and until it was ready.
 */
export async function startServer(
  dir: string,
  ready = '/health',
): Promise<{ url: string; stop: () => Promise<void>; live: number; ready: number }> {
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  const port = await freePort();
  const { command, args, env } = nodeArgs('apps/api/src/main');
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    // Development: production signs no tokens (it needs an external issuer), and the load needs the
    // AUDITOR dev token; the two modes serve queries alike (production only turns introspection off).
    env: { ...env, DATA_DIR: dir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const answers = async (path: string) => {
    try {
      return (await fetch(`${base}${path}`)).ok;
    } catch {
      return false; // not listening yet
    }
  };
  const poll = async (path: string, seconds: number) => {
    const until = Date.now() + seconds * 1000;
    while (!(await answers(path))) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      if (Date.now() > until) throw new Error(`${path} did not answer within ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return since();
  };
  const live = await poll('/health/live', 120);
  // A replica that replays the store is live long before it is ready (`/health/ready`).
  const readyAfter = await poll(ready, 1800);
  return {
    url: `${base}/graphql`,
    live,
    ready: readyAfter,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
