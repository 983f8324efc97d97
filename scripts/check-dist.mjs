// Checks what ships: the three entries exist, and no file of dist/ (the validation chunks too) contains eval or
// the Function constructor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const entries = ['dist/bail-safeguarding.js', 'dist/element.js', 'dist/core.js'];
const files = existsSync('dist')
  ? readdirSync('dist')
      .filter(f => f.endsWith('.js'))
      .map(f => `dist/${f}`)
  : [];
const forbidden = [/\beval\s*\(/, /new\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/];
let problems = 0;
for (const file of entries.filter(f => !existsSync(f))) {
  console.error(`${file} is missing: run npm run build`);
  problems++;
}
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  for (const pattern of forbidden) {
    if (pattern.test(code)) {
      console.error(`${file} contains ${pattern}`);
      problems++;
    }
  }
}
if (problems) process.exit(1);
console.log(`dist: ${entries.length} entries and ${files.length} files, no eval, no Function constructor`);
