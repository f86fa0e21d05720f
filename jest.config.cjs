/** Jest runs every test under test/; the global setup builds dist/ first so bundle and browser tests see the current code. */
const { version } = require('./package.json');

module.exports = {
  globals: { __VERSION__: version },
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testResultsProcessor: '<rootDir>/test/results-file.cjs',
  testTimeout: 30000,
};
