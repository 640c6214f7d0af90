#!/usr/bin/env node
/**
 * `npm run test:mutation -- <module>`: Stryker on one module's domain (or on the core's pipeline,
 * integrity, envelope and projections) with the unit and SQLite integration tests of that lib. The
 * report goes to reports/mutation/<module>/ (ignored by git); the score is printed at the end.
 */
const { spawnSync } = require('node:child_process');
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const DOMAIN_MODULES = ['plan', 'tips', 'forums', 'supervision', 'dialogue', 'knowledge', 'momentum', 'oversight'];
const NOT_MUTATED = ['!**/*.spec.ts', '!**/*.int-spec.ts', '!**/testing/**', '!**/index.ts'];

/** What each target mutates and which tests it runs. */
function targetOf(name) {
  const unit = [`<rootDir>/libs/${name}/**/*.spec.ts`];
  const tests = [...unit, `<rootDir>/libs/${name}/**/*.int-spec.ts`];
  if (name === 'core') {
    const parts = ['pipeline', 'integrity', 'envelope', 'projections'];
    return { name, tests, mutate: [...parts.map((p) => `libs/core/src/${p}/**/*.ts`), ...NOT_MUTATED] };
  }
  // A module's domain is pure (no I/O), so its unit tests are what pin its rules. Its integration
  // tests boot a server and a store, which Stryker repeats for every mutant they cover: one module
  // took hours. Without them the score is a floor (a mutant only they catch counts as survived);
  // MUTATION_WITH_INTEGRATION=1 adds them.
  if (DOMAIN_MODULES.includes(name))
    return {
      name,
      tests: process.env.MUTATION_WITH_INTEGRATION === '1' ? tests : unit,
      mutate: [`libs/${name}/src/domain/**/*.ts`, ...NOT_MUTATED],
    };
  return null;
}

const name = process.argv[2];
const target = name && targetOf(name);
if (!target) {
  process.stderr.write(`Usage: npm run test:mutation -- <${['core', ...DOMAIN_MODULES].join('|')}>\n`);
  process.exit(2);
}
// Anything after the module goes to Stryker as it is, e.g. `--incremental` (re-test only the mutants
// whose code or tests changed since the last run) or `--concurrency 1` on a shared machine.
process.stdout.write(`Mutating ${target.mutate[0]}… with the tests ${target.tests.join(', ')}\n`);
const run = spawnSync('npx', ['stryker', 'run', 'tools/mutation/stryker.config.mjs', ...process.argv.slice(3)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, MUTATION_TARGET: JSON.stringify(target) },
});
const report = join(ROOT, 'reports', 'mutation', name, 'mutation.json');
if (existsSync(report)) {
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  const counts = {};
  for (const file of Object.values(files))
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const score = valid === 0 ? 0 : (100 * detected) / valid;
  process.stdout.write(
    `\nMutation score of ${name}: ${score.toFixed(1)} % (${detected} of ${valid} mutants detected; ` +
      `${counts.Survived ?? 0} survived, ${counts.NoCoverage ?? 0} not covered). Report: reports/mutation/${name}/index.html\n`,
  );
}
process.exit(run.status ?? 1);
