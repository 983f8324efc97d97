// `npm run size` must fail a build that breaks a budget. Run with `node --test bench/` after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// Every budget generous unless a test sets it, so each test is about the one budget it names, whatever
// the real sizes are today.
const GENEROUS = { SIZE_BUDGET_ELEMENT: '10000000', SIZE_BUDGET_PACK: '10000000', SIZE_BUDGET_BUNDLE: '10000000' };

function size(env) {
  return spawnSync(process.execPath, ['scripts/size.mjs'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...GENEROUS, ...env },
    encoding: 'utf8'
  });
}

test('size exits 0 when every budget holds', () => {
  const run = size({});
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /OVER BUDGET/);
  assert.equal((run.stdout.match(/ ok$/gm) ?? []).length, 3, run.stdout);
});

test('size exits 1 and names the budget when the bundle is over it', () => {
  const run = size({ SIZE_BUDGET_BUNDLE: '1000' });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /dist\/bail-safeguarding\.js .* 1,000 B .*OVER BUDGET/);
  assert.match(run.stderr, /1 budget exceeded: bundle$/m);
});

test('size exits 1 when the element alone, or the pack, is over its budget', () => {
  const element = size({ SIZE_BUDGET_ELEMENT: '1000' });
  assert.equal(element.status, 1, element.stdout + element.stderr);
  assert.match(element.stderr, /1 budget exceeded: element$/m);
  const pack = size({ SIZE_BUDGET_PACK: '100' });
  assert.equal(pack.status, 1, pack.stdout + pack.stderr);
  assert.match(pack.stderr, /1 budget exceeded: pack$/m);
});

test('size refuses a budget override that is not a byte count', () => {
  const run = size({ SIZE_BUDGET_PACK: 'twelve' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /SIZE_BUDGET_PACK must be a byte count/);
});
