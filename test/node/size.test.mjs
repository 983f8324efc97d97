// `npm run size` is a CI gate (.ci/run): it must fail a build over any budget, and say which modules grew.
// Each run here overrides the budgets (SIZE_BUDGET_*), so the tests are about the gate, whatever the sizes are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const ROWS = ['ELEMENT', 'PACK', 'BUNDLE', 'VALIDATION'];

function size(env) {
  return spawnSync(process.execPath, ['scripts/size.mjs'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8'
  });
}

test('npm run size fails, naming each budget, when every budget is tiny', () => {
  const run = size(Object.fromEntries(ROWS.map(r => [`SIZE_BUDGET_${r}`, '100'])));
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.equal((run.stdout.match(/budget +100 B .* OVER BUDGET$/gm) ?? []).length, 4, run.stdout);
  assert.match(run.stdout, /^dist\/bail-safeguarding\.js \+ its static imports .* headroom +-[\d,]+ B/m);
  assert.match(run.stderr, /4 budgets exceeded: element, pack, bundle, validation$/m);
});

test('npm run size passes with room in every budget, shows the headroom, and names the modules that grew', () => {
  const baseline = JSON.parse(readFileSync(new URL('scripts/size-baseline.json', ROOT), 'utf8'));
  // A baseline in which the engine was 1,000 bytes smaller and the validator did not exist.
  baseline.element['src/engine.ts'] -= 1000;
  delete baseline.validation['src/pack/check.ts'];
  const file = join(mkdtempSync(join(tmpdir(), 'size-')), 'baseline.json');
  writeFileSync(file, JSON.stringify(baseline));
  const run = size({ ...Object.fromEntries(ROWS.map(r => [`SIZE_BUDGET_${r}`, '10000000'])), SIZE_BASELINE: file });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal((run.stdout.match(/budget 10,000,000 B +headroom +[\d,]+ B .* ok$/gm) ?? []).length, 4, run.stdout);
  const engine = run.stdout.match(/^ {2}element +src\/engine\.ts: \+([\d,]+) B minified/m);
  assert.ok(engine && Number(engine[1].replace(/,/g, '')) >= 1000, run.stdout);
  assert.match(run.stdout, /^ {2}validation +src\/pack\/check\.ts: \+[\d,]+ B minified \(new, /m);
});

test('npm run size refuses a budget override that is not a byte count', () => {
  const run = size({ SIZE_BUDGET_PACK: 'twelve' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /SIZE_BUDGET_PACK must be a byte count/);
});
