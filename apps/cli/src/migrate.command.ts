import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { lockDataDir, validateEnvironment } from '@samverkan/core';
import { copyEvents, EsdbEventStore, SqliteEventStore } from '@samverkan/event-store';

/**
 * Copies the embedded store (DATA_DIR/events.sqlite) into EventStoreDB, stream by stream in $all
 * order. Safe to run again: what is already there is skipped. The embedded file is only read.
 */
export async function migrateCommand(options: { to: string }): Promise<void> {
  // Validates the connection string like the server would, without echoing it.
  const env = validateEnvironment({ ...process.env, EVENTSTORE_CONNECTION_STRING: options.to });
  const file = join(env.DATA_DIR, 'events.sqlite');
  if (!existsSync(file)) throw new Error(`No embedded store at ${file}: nothing to migrate (check DATA_DIR)`);
  const lock = lockDataDir(env.DATA_DIR, 'the operator command migrate');
  const source = SqliteEventStore.open(file);
  const target = EsdbEventStore.connect(options.to);
  const bar = new SingleBar(
    { format: 'migrate [{bar}] {percentage}% | position {value}/{total}' },
    Presets.shades_classic,
  );
  try {
    bar.start(Number((await source.headPosition()) ?? 0n), 0);
    const result = await copyEvents(source, target, ({ position }) => bar.update(Number(position)));
    bar.stop();
    process.stdout.write(
      `Copied ${result.copied} events to EventStoreDB (${result.alreadyThere} were already there).\n` +
        'Next: start the server with EVENTSTORE_CONNECTION_STRING set; its read models rebuild from EventStoreDB at start.\n',
    );
  } finally {
    bar.stop();
    await source.close();
    await target.close();
    lock.release();
  }
}
