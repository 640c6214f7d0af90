import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import {
  ENVIRONMENT,
  Environment,
  EVENT_STORE,
  EventCatalog,
  PersonDirectory,
  ProcessManagerRunner,
  validateEnvironment,
} from '@samverkan/core';
import { categoryOf, SqliteEventStore } from '@samverkan/event-store';
import { WorkspaceModule } from '../../apps/api/src/workspace.module';
import { HISTORY_VERSION } from './domain-flows';
import { loadHistory } from './load-history';
import { closeSealedYear } from './sealed-year';

/**
 * Child process: fills DATA_DIR with a history of about `size` events (load-history.ts), then,
 * through the endpoints, the sealing of 2024 and what follows it (sealed-year.ts). Writes
 * dataset.json: the history's version, its counts by stream category and its seal.
 */
async function main(dir: string, size: number): Promise<void> {
  const env = validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  const store = app.get<SqliteEventStore>(EVENT_STORE);
  const catalog = app.get(EventCatalog);
  const started = Date.now();
  const history = await loadHistory(store, catalog, size);
  const bulkSeconds = (Date.now() - started) / 1000;
  const deps = { store, catalog, persons: app.get(PersonDirectory), env: app.get<Environment>(ENVIRONMENT) };
  const { sealId, sent } = await closeSealedYear(deps, history.flows, history.total);
  await processesAtHead(app.get(ProcessManagerRunner), store);
  const { byCategory } = history;
  let count = history.events;
  for (const result of sent) {
    count += result.events.length;
    byCategory[categoryOf(result.stream)] = (byCategory[categoryOf(result.stream)] ?? 0) + result.events.length;
  }
  const seconds = (Date.now() - started) / 1000;
  const made = {
    version: HISTORY_VERSION,
    size,
    events: count,
    flows: history.flows,
    sealId,
    seconds,
    bulkSeconds,
    byCategory,
  };
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ ...made, generatedAt: new Date().toISOString() }, null, 2));
  await app.close();
  process.stdout.write(JSON.stringify(made) + '\n');
}

/**
 * The history holds what the running app's process managers would have sent (the eligibility
 * process's markings, supervision-flows.ts), so their checkpoints stand at its head, as the app's
 * would: a server started on it does not walk the whole history again while it is measured.
 */
async function processesAtHead(runner: ProcessManagerRunner, store: SqliteEventStore) {
  const head = await store.headPosition();
  if (head !== null) for (const manager of runner.managers) runner.handledUpTo(manager, head);
}

const [dir, size] = process.argv.slice(2);
main(dir, Number(size)).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
