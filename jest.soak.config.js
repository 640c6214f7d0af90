/** `npm run test:soak`: long reliability runs, kept out of `npm test` (see docs/RELIABILITY.md). */
const base = require('./jest.config.js').projects[0];

module.exports = { ...base, displayName: 'soak', testMatch: ['<rootDir>/test/soak/**/*.soak-spec.ts'] };
