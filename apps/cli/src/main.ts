import 'reflect-metadata';
import { Command } from 'commander';
import { rebuildCommand } from './rebuild.command';

const program = new Command()
  .name('samverkan')
  .description('Operator commands for the Samverkan workspace (reads DATA_DIR like the server)');

program
  .command('rebuild')
  .description('Drop every read model and rebuild it from the event store (stop the server first)')
  .action(rebuildCommand);

program.parseAsync(process.argv).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
