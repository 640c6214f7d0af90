import Database from 'better-sqlite3';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { walkChains } from '@samverkan/audit';
import { ProjectionRunner, validateEnvironment } from '@samverkan/core';
import { SqliteEventStore } from '@samverkan/event-store';
import { WorkspaceModule } from '../../apps/api/src/workspace.module';
import { dumpReadModels } from './read-model-dump';
import { collect, exitOf, waitFor } from './server-process';
import { readDevTokens } from './test-app';
import { impulseAbout } from './tip-fixtures';
import { ROOT, tsNode } from './ts-node';

/** How the server is started: compiled (soak, after `npm run build`) or on the fly (npm test). */
export type Launcher = (env: Record<string, string>) => ChildProcess;

export const onTheFly: Launcher = (env) => {
  const { command, args, options } = tsNode('apps/api/src/main.ts', [], env);
  return spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
};

export const compiled: Launcher = (env) =>
  spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export interface CrashReport {
  rounds: number;
  acknowledged: number;
  /** Requests cut off by a kill: their outcome was unknown to the client. */
  cutOff: number;
  /** Of those, how many had landed anyway (found in the store after the restart). */
  cutOffLanded: number;
  eventsInStore: number;
  problems: string[];
  seconds: number;
}

const REPORT = `mutation($input: ReportImpulseInput!) { reportImpulse(input: $input) { position } }`;

/**
 * Rounds of: steady load from a few clients, SIGKILL at a random moment, restart, then check that
 * every acknowledged command is stored once, every chain holds, and the read models, once caught
 * up, equal a rebuild from scratch.
 */
export async function crashRounds(
  dataDir: string,
  rounds: number,
  launcher: Launcher,
  log: (line: string) => void = () => undefined,
): Promise<CrashReport> {
  const started = Date.now();
  const env = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' };
  const acknowledged = new Set<string>();
  const cutOff = new Set<string>();
  const problems: string[] = [];

  const start = async () => {
    const child = launcher(env);
    const output = collect(child);
    const port = await waitFor(() => /localhost:(\d+)\/graphql/.exec(output.out())?.[1], 30_000);
    return { child, port };
  };

  for (let round = 1; round <= rounds; round++) {
    const { child, port } = await start();
    const token = readDevTokens(dataDir).FK_CASEWORKER;
    let running = true;
    const client = async () => {
      while (running) {
        const commandId = randomUUID();
        try {
          const res = await fetch(`http://localhost:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: REPORT,
              variables: {
                input: {
                  ...impulseAbout({ organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' }),
                  commandId,
                },
              },
            }),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (res.ok && !body.errors) acknowledged.add(commandId);
          else if (running) problems.push(`round ${round}: refused ${JSON.stringify(body.errors).slice(0, 200)}`);
        } catch {
          cutOff.add(commandId);
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
    child.kill('SIGKILL');
    await exitOf(child);
    running = false;
    await Promise.all(clients);

    // Restart: the projections catch up on their own; then stop cleanly to compare with a rebuild.
    const again = await start();
    await caughtUp(again.port);
    again.child.kill('SIGTERM');
    await exitOf(again.child);
    problems.push(...checkStore(dataDir, acknowledged, round));
    problems.push(...(await checkChains(dataDir, round)));
    problems.push(...(await checkRebuild(dataDir, round)));
    log(`round ${round}: ${acknowledged.size} acknowledged so far, ${cutOff.size} cut off`);
  }

  const stored = commandIdsInStore(dataDir);
  return {
    rounds,
    acknowledged: acknowledged.size,
    cutOff: cutOff.size,
    cutOffLanded: [...cutOff].filter((id) => stored.has(id)).length,
    eventsInStore: [...stored.values()].reduce((n, c) => n + c, 0),
    problems,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

async function caughtUp(port: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const health = (await (await fetch(`http://localhost:${port}/health`)).json()) as {
      details?: { projections?: { lag?: string } };
    };
    if (health.details?.projections?.lag === '0') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the read models did not catch up within 30 s');
}

function commandIdsInStore(dataDir: string): Map<string, number> {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const counts = new Map<string, number>();
    for (const { metadata } of db.prepare('SELECT metadata FROM events').all() as { metadata: string }[]) {
      const id = (JSON.parse(metadata) as { commandId: string }).commandId;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  } finally {
    db.close();
  }
}

function checkStore(dataDir: string, acknowledged: Set<string>, round: number): string[] {
  const stored = commandIdsInStore(dataDir);
  const problems: string[] = [];
  for (const id of acknowledged)
    if (!stored.has(id)) problems.push(`round ${round}: acknowledged command ${id} is not in the store`);
  for (const [id, count] of stored)
    if (count !== 1) problems.push(`round ${round}: command ${id} has ${count} events, expected 1`);
  return problems;
}

async function checkChains(dataDir: string, round: number): Promise<string[]> {
  const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  try {
    const report = await walkChains(store);
    return report.firstBroken
      ? [
          `round ${round}: chain broken ${JSON.stringify(report.firstBroken, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
        ]
      : [];
  } finally {
    await store.close();
  }
}

/** The live read models against a rebuild from scratch of the same store, as `cli rebuild` does it (the server is stopped). */
async function checkRebuild(dataDir: string, round: number): Promise<string[]> {
  const file = join(dataDir, 'read-models.sqlite');
  const live = readModels(file);
  const env = validateEnvironment({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: false,
  });
  try {
    await app.get(ProjectionRunner).rebuild();
  } finally {
    await app.close();
  }
  const fresh = readModels(file);
  return JSON.stringify(fresh, bigints) === JSON.stringify(live, bigints)
    ? []
    : [`round ${round}: the live read models differ from a rebuild`];
}

function readModels(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return dumpReadModels(db);
  } finally {
    db.close();
  }
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
