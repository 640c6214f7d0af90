import { Command, Option } from 'commander';
import { migrateCommand } from './migrate.command';
import { rebuildCommand } from './rebuild.command';
import { seedCommand } from './seed.command';
import { digestCommand } from './digest.command';
import { EXIT } from './exit-codes';
import { exportEsfCommand, exportParticipantsCommand } from './export.command';
import { exportEventsCommand } from './export-events.command';
import { eraseCommand } from './erase.command';
import { demoCommand } from './demo.command';
import { verifyCommand } from './verify.command';

/** Every operator command; main.ts runs it, tests read its help. */
export function buildProgram(): Command {
  const program = new Command()
    .name('samverkan')
    .description('Operator commands for the Samverkan workspace (reads DATA_DIR like the server)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
  Exit codes: ${EXIT.OK} done; ${EXIT.ERROR} bad arguments or an error (nothing was judged; the message says why, with
  the rule code for a refused command); ${EXIT.INTEGRITY} verify found the store's integrity broken.
  Environment: DATA_DIR (default ./data), EVENTSTORE_CONNECTION_STRING, as for the server.`,
    );

  program
    .command('rebuild')
    .description('Drop every read model and rebuild it from the event store (stop the server first)')
    .action(rebuildCommand);

  program
    .command('seed')
    .description(
      'Load the whole demo workspace (every module, from the seed documents) through the command path; idempotent; stop the server first',
    )
    .action(seedCommand);

  program
    .command('migrate')
    .description('Copy the embedded store into EventStoreDB, keeping ids, types, data, metadata and order (resumable)')
    .requiredOption('--to <connection-string>', 'EventStoreDB connection string, e.g. esdb://localhost:2113?tls=false')
    .action(migrateCommand);

  program
    .command('verify')
    .description(
      "Check every stream's hash chain; with --digest, prove nothing up to a kept digest changed (exit 2 if not)",
    )
    .option('--digest <file>', 'a digest written earlier by `digest`')
    .option(
      '--public-key <file>',
      "the key the digest must be signed with (PEM; default: $INTEGRITY_PUBLIC_KEY_FILE, else the workspace's key in DATA_DIR)",
    )
    .option('--json', 'print the report as JSON')
    .action(verifyCommand);

  program
    .command('digest')
    .description('Write a signed digest of every stream head (and a root hash) for an auditor to keep')
    .option('--out <file>', 'where to write it (default: samverkan-digest-<position>.json; never overwrites)')
    .option(
      '--public-key-out <file>',
      "also write the workspace's public key (PEM) for the auditor to keep; never overwrites",
    )
    .action(digestCommand);

  const exportCommand = program.command('export').description('Export reports read from the events themselves');
  exportCommand
    .command('esf')
    .description(
      "Momentum's ESF report: activities held, participants by organisation and role, decisions; each line with its event positions",
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (inclusive)')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to a file instead of stdout')
    .action(exportEsfCommand);
  exportCommand
    .command('participants')
    .description(
      "One month's participants for ESF+ (Stockholm dates): a line per activity and organisation with counts by role, " +
        'named guests counted per organisation, and a TOTAL line; each line with its event positions',
    )
    .requiredOption('--month <month>', 'the calendar month, YYYY-MM (2024-05 – 2027-04)')
    .option('--out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
  The month's status (REPORTED, NEEDS_REREPORT, UNREPORTED) is printed with --out; report it with the
  GraphQL mutation reportParticipantMonth, months in order from 2024-05.`,
    )
    .action(exportParticipantsCommand);
  exportCommand
    .command('events')
    .description(
      'Every stored event as JSON lines (id, stream, revision, position, type, data, metadata, recordedAt), in store order, ' +
        'for checking the trail with a tool of your own (tools/verify-trail.py; docs/AUDIT.md)',
    )
    .option('--out <file>', 'write to a file instead of stdout')
    .action(exportEventsCommand);

  program
    .command('erase')
    .description('GDPR erasure of one person: records the decision, then deletes their key (names become "raderad")')
    .requiredOption('--person <id>', "the person-directory id (the API's findPeople finds it)")
    .requiredOption(
      '--reason <text>',
      "why, as a reference (e.g. the request's diary number): never the person's name or a personal identity number",
    )
    .option('--organisation <code>', 'the organisation the operator acts for', 'FK')
    .action(eraseCommand);

  program
    .command('demo')
    .description('Load the whole demo workspace into a fresh data dir and serve it (npm run demo)')
    .option('--port <port>', 'HTTP port (0: any free one)', process.env.PORT ?? '3000')
    .option('--data-dir <dir>', 'use this data dir instead of a new temporary one')
    .action(demoCommand);

  return program;
}
