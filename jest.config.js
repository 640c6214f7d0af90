/** Unit (*.spec.ts), integration (*.int-spec.ts) and end-to-end (*.e2e-spec.ts) tests in one run. */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

// The workspace's aliases (@samverkan/core, its testing and domain entries, each lib) as the compiler reads them.
const moduleNameMapper = pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' });

const transform = {
  // Type checking is `npm run typecheck` (part of `npm test`); here we only transpile, fast.
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};
const common = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper };

module.exports = {
  // A suite that leaves a handle open (found once in CI after a failing e2e test) must not hang CI;
  // the closing note asks for the leak to be found with --detectOpenHandles.
  forceExit: true,
  // Starting the real app (SQLite files, child processes) on a busy 2-core machine takes seconds.
  testTimeout: 30_000,
  // One suite per core. Jest's default (cores − 1) left one of CI's two cores idle: most suites wait
  // on SQLite, sockets and child processes, not on the CPU. Every suite has its own data dir and
  // port, and none may depend on the wall clock being fast (esdb-resilience counts attempts).
  maxWorkers: '100%',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
