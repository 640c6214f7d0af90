import { Command, CommanderError } from 'commander';
import { buildProgram } from '../../apps/cli/src/program';

/** Runs the CLI's argument handling in-process, capturing what it would print and how it would exit. */
function run(...args: string[]): { out: string; err: string; exitCode: number | null } {
  let out = '';
  let err = '';
  const program = buildProgram();
  const silence = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
    command.commands.forEach(silence);
  };
  silence(program);
  // Only argument handling is exercised: every action is replaced by a no-op.
  const stub = (command: Command) => {
    if (command.commands.length === 0) command.action(() => undefined);
    command.commands.forEach(stub);
  };
  program.commands.forEach(stub);
  try {
    program.parse(['node', 'samverkan', ...args]);
    return { out, err, exitCode: null };
  } catch (error) {
    if (error instanceof CommanderError) return { out, err, exitCode: error.exitCode };
    throw error;
  }
}

const OPERATOR_COMMANDS = ['seed', 'rebuild', 'verify', 'digest', 'export', 'migrate', 'erase', 'demo'];

describe('The operator CLI', () => {
  it('lists every operator command and documents its exit codes', () => {
    const help = run('--help');
    expect(help.exitCode).toBe(0);
    for (const command of OPERATOR_COMMANDS) expect(help.out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(help.out).toContain('Exit codes: 0 done; 1 bad arguments or an error');
    expect(help.out).toContain("2 verify found the store's integrity broken");
  });

  it.each([
    ['verify', '--digest <file>'],
    ['digest', '--out <file>'],
    ['migrate', '--to <connection-string>'],
    ['erase', '--person <id>'],
    ['demo', '--port <port>'],
    ['seed', 'idempotent'],
    ['rebuild', 'Drop every read model'],
  ])('explains %s with --help', (command, shown) => {
    const help = run(command, '--help');
    expect(help.exitCode).toBe(0);
    expect(help.out).toContain(shown);
  });

  it('explains export esf with --help, with its formats', () => {
    const help = run('export', 'esf', '--help');
    expect(help.out).toContain('--format <format>');
    expect(help.out).toContain('choices: "csv", "json"');
  });

  it('explains export participants with --help: one month, its lines, and how months are reported', () => {
    const help = run('export', 'participants', '--help');
    expect(help.exitCode).toBe(0);
    expect(help.out).toContain('--month <month>');
    expect(help.out).toContain('TOTAL line');
    expect(help.out).toContain('reportParticipantMonth');
    expect(run('export', '--help').out).toMatch(/^ {2}participants\b/m);
  });

  it.each([
    [['export', 'participants'], "required option '--month <month>' not specified"],
    [
      ['export', 'esf', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'xml'],
      'Allowed choices are csv, json',
    ],
    [['export', 'esf', '--from', '2025-01-01'], "required option '--to <date>' not specified"],
    [['erase', '--person', 'person-1'], "required option '--reason <text>' not specified"],
    [['verify', '--digest'], "option '--digest <file>' argument missing"],
    [['verfy'], "unknown command 'verfy'"],
  ])('refuses %j with a clear error and exit code 1', (args, message) => {
    const result = run(...args);
    expect(result.exitCode).toBe(1);
    expect(result.err).toContain(message);
    expect(result.err).toContain('(run with --help for usage)');
  });
});
