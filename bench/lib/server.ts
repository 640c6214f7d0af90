import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { nodeArgs } from './child';
import { ROOT } from './report';

export interface ApiServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Seconds from the spawn until `/health/live` answered, and until the `ready` path did. */
  live: number;
  ready: number;
  /** The server's process id (the name of its CPU profile says it). */
  pid: number;
  /** User + system CPU time of the server so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The API as `npm start` runs it, in its own process on the history's data dir; resolves once
 * `ready` answers. BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops.
 */
export async function startServer(dir: string, ready = '/health'): Promise<ApiServer> {
  const started = process.hrtime.bigint();
  const since = () => Number(process.hrtime.bigint() - started) / 1e9;
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF;
  const { command, args, env } = nodeArgs(
    'apps/api/src/main',
    [],
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  );
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    // Development: production signs no tokens (it needs an external issuer), and the load needs the
    // dev tokens; the two modes serve requests alike (production only turns introspection off). The
    // load is one token at full speed: the per-person rate limit would answer most of it 429, so the
    // benchmarks measure requests, not refusals.
    env: {
      ...env,
      DATA_DIR: dir,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PERSON_REQUESTS: '1000000000',
    },
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
    pid: child.pid!,
    cpuMs: () => processCpuMs(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** User + system CPU time of a process so far, from /proc (Linux), in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** USER_HZ: 100 on every Linux Node runs on (sysconf(_SC_CLK_TCK)). */
const CLOCK_TICKS = 100;
