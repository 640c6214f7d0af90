import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { nodeArgs } from './child';
import { ROOT } from './report';
import { freePort, processCpuMs } from './server';

/**
 * The floor of point 5: a bare `node:http` server that does the least any GraphQL server must do
 * (read the POST body, parse its JSON, write an answer) and answers each query with the very bytes
 * the API answered it with. Loaded by the same client as the API, its p50 and req/s bound what any
 * server on this machine could reach for that answer: where twice the in-process time is below its
 * p50, the target cannot be met by a faster stack, only by a faster machine or client.
 */
export interface FloorServer {
  url: string;
  cpuMs(): number;
  stop(): Promise<void>;
}

/** The floors, each the entry (and arguments) of its own process. */
const FLOORS = {
  /** This bare server. */
  'http-floor': ['bench/lib/http-floor'],
  /** The stack's (stack-floor.ts): Express and Apollo, no API code. */
  'stack-floor': ['bench/lib/stack-floor'],
  /** Apollo alone behind a bare handler (stack-floor.ts). */
  'apollo-floor': ['bench/lib/stack-floor', 'apollo-only'],
} as const;
export type FloorKind = keyof typeof FLOORS;
export const FLOOR_KINDS = Object.keys(FLOORS) as FloorKind[];

/** Starts a floor in its own process (as the API runs in its own), answering `answers` (query → answer text). */
export async function startFloor(
  dir: string,
  answers: Map<string, string>,
  kind: FloorKind = 'http-floor',
): Promise<FloorServer> {
  const file = join(dir, 'http-floor-answers.json');
  writeFileSync(file, JSON.stringify([...answers]));
  const port = await freePort();
  const [entry, ...extra] = FLOORS[kind];
  const { command, args, env } = nodeArgs(entry, [String(port), file, ...extra]);
  const child: ChildProcess = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the floor server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    cpuMs: () => processCpuMs(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function serve(port: number, answersFile: string): void {
  const answers = new Map(JSON.parse(readFileSync(answersFile, 'utf8')) as [string, string][]);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      const answer = answers.get(query);
      if (answer === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(answer),
      });
      response.end(answer);
    });
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write('listening\n'));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (require.main === module) serve(Number(process.argv[2]), process.argv[3]);
