import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OUTPUT } from '../../apps/web/codegen';
import { ROOT } from '../support/ts-node';

/** The web app's typed operations are generated from schema.gql and its .graphql files, and committed. */
describe("The web app's generated operations", () => {
  it('are what `npm run codegen` writes from the committed schema and operations', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'samverkan-codegen-'));
    try {
      // The CLI in its own process: it is ESM inside, which Jest's CommonJS runtime cannot load.
      const cli = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
      await promisify(execFile)(process.execPath, [cli, '--config', 'apps/web/codegen.ts'], {
        cwd: ROOT,
        env: { ...process.env, CODEGEN_OUTPUT: `${scratch}/` },
      });
      const committed = join(ROOT, OUTPUT);
      const names = readdirSync(scratch).sort();
      expect(names).toContain('graphql.ts');
      expect(readdirSync(committed).sort()).toEqual(names);
      for (const name of names) {
        // A message that says what to run, rather than a diff of thousands of lines.
        if (readFileSync(join(scratch, name), 'utf8') !== readFileSync(join(committed, name), 'utf8'))
          throw new Error(`${OUTPUT}${name} is stale: run \`npm run codegen\` and commit it`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
