/** Builds dist/ once before the tests, so the bundle and browser tests load the code as it is now. */
const { existsSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  const buildFile = path.join(__dirname, '..', 'build.mjs');
  if (!existsSync(buildFile)) return;
  const { build } = await import(pathToFileURL(buildFile).href);
  await build({ quiet: true });
};
