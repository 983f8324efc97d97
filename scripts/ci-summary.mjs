// Prints the closing line of a CI run, "N passed, N failed", from every test result file the run wrote.
// A step that failed without writing results (type check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const stepsFailed = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['.wtr-results.json', '.node-test-results.json']) {
  if (!existsSync(file)) continue;
  for (const [name, counts] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
}
const stepFailures = Math.max(0, stepsFailed - (failed > 0 ? 1 : 0));
failed += stepFailures;
if (passed === 0 && failed === 0) failed = 1; // no tests ran at all: that is a failure, not a pass
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
