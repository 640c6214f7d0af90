import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/**
 * A suite that needs something absent is skipped with a printed reason, also in a run of many files,
 * where Jest drops the console output of a file whose every test is skipped. Run here as `npm test`
 * runs it on a laptop: no PostgreSQL answers, no EventStoreDB node is named.
 */
describe('Skipped suites say why', () => {
  it('prints the reason for PostgreSQL and a real EventStoreDB node in a run of several files', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--maxWorkers=2',
        'libs/core/src/personal-data/postgres-person-directory.int-spec.ts',
        'libs/event-store/test/esdb-real-node.int-spec.ts',
        'libs/core/src/kernel/personal-identity-number.spec.ts',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
          EVENTSTORE_CONNECTION_STRING: '',
        },
      },
    );
    expect(run.status).toBe(0);
    const printed = run.stdout + run.stderr;
    expect(printed).toMatch(/SKIPPED: The person directory in PostgreSQL.*no PostgreSQL answers.*npm run test:pg/);
    expect(printed).toMatch(
      /SKIPPED: a real EventStoreDB case: EVENTSTORE_CONNECTION_STRING is not set.*npm run test:esdb/,
    );
  }, 120_000);
});
