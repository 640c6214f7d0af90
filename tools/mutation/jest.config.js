/** The unit and SQLite integration tests of one mutation target (tools/mutation/run.js), as one project. */
const base = require('../../jest.config.js');
const target = JSON.parse(process.env.MUTATION_TARGET ?? '{}');
const common = base.projects[0];

module.exports = {
  ...common,
  rootDir: `${__dirname}/../..`,
  displayName: `mutation:${target.name}`,
  testMatch: target.tests,
  // The built copy under dist/ holds no tests of its own; Stryker's sandbox lies under reports/, so
  // that folder may not be ignored here.
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 30_000,
};
