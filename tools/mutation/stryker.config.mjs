// Mutation testing, a measure run by hand or nightly (`npm run test:mutation -- <module>`), not part
// of `npm test`: on two cores one module takes minutes to an hour. tools/mutation/run.js picks the
// module and passes its files through the environment; equivalent mutants are listed with their
// reasons in EQUIVALENT.md beside this file, never silently ignored.
const target = JSON.parse(process.env.MUTATION_TARGET ?? '{}');
if (!target.name) throw new Error('Run it as `npm run test:mutation -- <module>` (tools/mutation/run.js).');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'tools/mutation/jest.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: target.mutate,
  // Messages are read by people and pinned by their codes, not their wording.
  ignoreStatic: true,
  mutator: { excludedMutations: ['StringLiteral'] },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${target.name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${target.name}/mutation.json` },
  ignorePatterns: ['dist', 'data', 'coverage', 'apps/web/dist', 'bench/.data', 'test/artifacts'],
  incrementalFile: `reports/mutation/${target.name}/stryker-incremental.json`,
  tempDirName: `reports/mutation/.stryker-tmp-${target.name}`,
  cleanTempDir: 'always',
  timeoutMS: 20_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 80, break: null },
};
