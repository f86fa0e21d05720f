/**
 * Builds dist/ once before the tests of the projects that load it (jest.config.cjs names it in each), so the
 * bundle, sidebar, playground and browser tests see the code as it is now.
 */
const { existsSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  const buildFile = path.join(__dirname, '..', 'build.mjs');
  if (!existsSync(buildFile)) return;
  const { build } = await import(pathToFileURL(buildFile).href);
  await build({ quiet: true });
};
