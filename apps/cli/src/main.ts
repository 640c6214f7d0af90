import 'reflect-metadata';
import { Command } from 'commander';
import { migrateCommand } from './migrate.command';
import { rebuildCommand } from './rebuild.command';
import { seedCommand } from './seed.command';

const program = new Command()
  .name('samverkan')
  .description('Operator commands for the Samverkan workspace (reads DATA_DIR like the server)');

program
  .command('rebuild')
  .description('Drop every read model and rebuild it from the event store (stop the server first)')
  .action(rebuildCommand);

program
  .command('seed')
  .description('Load demo data through the command path: the 2024 and 2025 tip years (idempotent; stop the server first)')
  .action(seedCommand);

program
  .command('migrate')
  .description('Copy the embedded store into EventStoreDB, keeping ids, types, data, metadata and order (resumable)')
  .requiredOption('--to <connection-string>', 'EventStoreDB connection string, e.g. esdb://localhost:2113?tls=false')
  .action(migrateCommand);

program.parseAsync(process.argv).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
