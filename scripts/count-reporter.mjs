// A web-test-runner reporter that prints each browser's totals and writes them to .wtr-results.json,
// so .ci/run can print one closing line for every test the project ran.
import { writeFileSync } from 'node:fs';

function countSuite(suite, into) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, into);
}

export function countReporter({ file = '.wtr-results.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = counts.failed;
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has no failing test of its own: count it.
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
    stop() {
      // Printed after the run so the lines stand at the end of the output.
    }
  };
}
