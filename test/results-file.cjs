/** Jest's results processor: saves the run's JSON summary to test-results/jest.json for .ci/run's closing line. */
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

module.exports = function saveResults(results) {
  const dir = path.join(__dirname, '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, success } = results;
  writeFileSync(
    path.join(dir, 'jest.json'),
    JSON.stringify(
      { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, success },
      null,
      2,
    ),
  );
  return results;
};
