// Checks what ships: the three entries exist, and none contains eval or the Function constructor.
import { existsSync, readFileSync } from 'node:fs';

const entries = ['dist/bail-safeguarding.js', 'dist/element.js', 'dist/core.js'];
const forbidden = [/\beval\s*\(/, /new\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/];
let problems = 0;
for (const file of entries) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build`);
    problems++;
    continue;
  }
  const code = readFileSync(file, 'utf8');
  for (const pattern of forbidden) {
    if (pattern.test(code)) {
      console.error(`${file} contains ${pattern}`);
      problems++;
    }
  }
}
if (problems) process.exit(1);
console.log(`dist: ${entries.length} entries, no eval, no Function constructor`);
