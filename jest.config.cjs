/** Jest runs every test under test/; the global setup builds dist/ first so bundle and browser tests see the current code. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 30000,
};
