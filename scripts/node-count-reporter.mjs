// A node:test reporter that writes the totals to .node-test-results.json for .ci/run's closing line.
import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Only leaf tests count; suites report too but carry their children's result.
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) counts.skipped++;
      else if (event.type === 'test:pass') counts.passed++;
      else counts.failed++;
    }
  }
  writeFileSync('.node-test-results.json', JSON.stringify({ 'Node.js': counts }, null, 2));
  yield `Node.js: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
