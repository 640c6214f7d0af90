import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { announceSkip } from './skip-notice';

/** The PostgreSQL the suites that need one use: TEST_DATABASE_URL, else the development machines' local server. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether a PostgreSQL answers, asked once per test file and synchronously, since Jest must know
 * before it defines the tests whether to skip them. Null when it answers, else why not.
 */
function whyNoPostgres(): string | null {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
       c.connect().then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });`,
      TEST_DATABASE_URL,
    ],
    { encoding: 'utf8', timeout: 10_000 },
  );
  return probe.status === 0 ? null : (probe.stderr || 'no answer').trim().split('\n')[0];
}

/** The URL without its password, for messages. */
const shownUrl = () => TEST_DATABASE_URL.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/**
 * A describe block that needs PostgreSQL. Where none answers (a laptop) it is skipped, saying why
 * and how to run it, as the EventStoreDB suite against a real server does.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  const why = whyNoPostgres();
  if (why === null) return describe(name, body);
  announceSkip(
    `${name}: skipped, no PostgreSQL answers at ${shownUrl()} (${why}). ` +
      "Run it with TEST_DATABASE_URL='postgres://user@host:5432/db' npm run test:pg",
  );
  describe.skip(`${name} (needs PostgreSQL: set TEST_DATABASE_URL)`, body);
}

/**
 * A schema of its own for one test file, so that suites running in parallel (and other people's
 * runs on the same server) never meet; `drop` removes it and everything in it.
 */
export function scratchSchema(): { schema: string; drop(): Promise<void> } {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    schema,
    async drop() {
      const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
      try {
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await pool.end();
      }
    },
  };
}
