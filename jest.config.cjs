/**
 * Jest runs the tests as one project per layer, so a layer can run alone: `npx jest --selectProjects domain`.
 * Only the projects that load dist/ (the built bundle and sidebars) name the global setup that builds it; jest
 * runs it once however many of them are selected, and not at all for domain, app and emulator alone.
 */
const { version } = require('./package.json');

/** What every project shares: TypeScript through ts-jest, node, and the version the build stamps in. */
const common = {
  globals: { __VERSION__: version },
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

/** Builds dist/ before the project's tests. */
const build = { globalSetup: '<rootDir>/test/global-setup.cjs' };

const BROWSER_TEST = '\\.browser\\.test\\.ts$';

/** One project: a name for --selectProjects and the folders its tests live in. */
function project(displayName, roots, extra = {}) {
  return { ...common, displayName, roots: roots.map((r) => `<rootDir>/${r}`), ...extra };
}

module.exports = {
  projects: [
    project('domain', ['test/domain']),
    project('app', ['test/app']),
    project('emulator', ['emulator'], { testPathIgnorePatterns: ['/node_modules/', BROWSER_TEST] }),
    project('gas', ['test/gas'], build),
    project('bundle', ['test/bundle', 'test/build', 'test/docs'], build),
    project('bench', ['test/bench'], build),
    project('playground', ['test/playground'], build),
    project('browser', ['test/browser', 'emulator'], {
      ...build,
      testMatch: ['<rootDir>/test/browser/**/*.test.ts', '**/*.browser.test.ts'],
    }),
  ],
  testResultsProcessor: '<rootDir>/test/results-file.cjs',
  // Read from the top-level config only (jest-circus ignores a project's testTimeout).
  testTimeout: 30000,
};
