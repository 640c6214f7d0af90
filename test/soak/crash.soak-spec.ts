import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiled, crashRounds } from '../support/crash-rounds';
import { ROOT } from '../support/ts-node';

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 25);

/** `npm run test:soak`: the crash test at length; its figures go to docs/RELIABILITY.md. */
describe(`Killing the compiled server under load, ${ROUNDS} times`, () => {
  it(
    'loses no acknowledged command, half-appends nothing, and its read models equal a rebuild after every restart',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-soak-'));
      try {
        const report = await crashRounds(dataDir, ROUNDS, compiled, (line) => process.stdout.write(`${line}\n`));
        mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
        writeFileSync(
          join(ROOT, 'test', 'artifacts', 'crash-soak.json'),
          `${JSON.stringify({ ...report, at: new Date().toISOString() }, null, 2)}\n`,
        );
        process.stdout.write(`${JSON.stringify(report)}\n`);
        expect(report.problems).toEqual([]);
        expect(report.rounds).toBeGreaterThanOrEqual(20);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    60 * 60_000,
  );
});
