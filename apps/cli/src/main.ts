import 'reflect-metadata';
import { Command, Option } from 'commander';
import { migrateCommand } from './migrate.command';
import { rebuildCommand } from './rebuild.command';
import { seedCommand } from './seed.command';
import { digestCommand } from './digest.command';
import { EXIT } from './exit-codes';
import { exportEsfCommand } from './export.command';
import { eraseCommand } from './erase.command';
import { verifyCommand } from './verify.command';

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

program
  .command('verify')
  .description('Check every stream\'s hash chain; with --digest, prove nothing up to a kept digest changed (exit 2 if not)')
  .option('--digest <file>', 'a digest written earlier by `digest`')
  .option('--json', 'print the report as JSON')
  .action(verifyCommand);

program
  .command('digest')
  .description('Write a signed digest of every stream head (and a root hash) for an auditor to keep')
  .option('--out <file>', 'where to write it (default: samverkan-digest-<position>.json; never overwrites)')
  .action(digestCommand);

program
  .command('export')
  .description('Export reports read from the events themselves')
  .command('esf')
  .description("Momentum's ESF report: activities held, participants by organisation and role, decisions; each line with its event positions")
  .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
  .requiredOption('--to <date>', 'last day, YYYY-MM-DD (inclusive)')
  .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
  .option('--out <file>', 'write to a file instead of stdout')
  .action(exportEsfCommand);

program
  .command('erase')
  .description('GDPR erasure of one person: records the decision, then deletes their key (names become "raderad")')
  .requiredOption('--person <id>', 'the person-directory id (the API\'s findPeople finds it)')
  .requiredOption('--reason <text>', 'why, e.g. the request\'s diary number')
  .option('--organisation <code>', 'the organisation the operator acts for', 'FK')
  .action(eraseCommand);

program.parseAsync(process.argv).catch((error: Error & { code?: unknown }) => {
  // Domain refusals carry a stable code; say it, as the API does.
  const code = typeof error.code === 'string' && /^[A-Z_]+$/.test(error.code) ? `${error.code}: ` : '';
  process.stderr.write(`${code}${error.message}\n`);
  process.exit(EXIT.ERROR);
});
