// `npm run size` must fail a build that breaks a budget. Run with `node --test bench/` after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function size(env) {
  return spawnSync(process.execPath, ['scripts/size.mjs'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...env },
    encoding: 'utf8'
  });
}

test('size exits 1 and names the budget when the bundle is over it', () => {
  const run = size({ SIZE_BUDGET_BUNDLE: '1000' });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /dist\/bail-safeguarding\.js .* 1,000 B .*OVER BUDGET/);
  assert.match(run.stderr, /budget exceeded: bundle/);
});

test('size exits 1 when the element alone is over its budget, and 0 when every budget holds', () => {
  const over = size({ SIZE_BUDGET_ELEMENT: '1000' });
  assert.equal(over.status, 1, over.stdout + over.stderr);
  assert.match(over.stderr, /budget exceeded: element/);
  const generous = size({
    SIZE_BUDGET_ELEMENT: '10000000',
    SIZE_BUDGET_PACK: '10000000',
    SIZE_BUDGET_BUNDLE: '10000000'
  });
  assert.equal(generous.status, 0, generous.stdout + generous.stderr);
  assert.doesNotMatch(generous.stdout, /OVER BUDGET/);
});

test('size refuses a budget override that is not a byte count', () => {
  const run = size({ SIZE_BUDGET_PACK: 'twelve' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /SIZE_BUDGET_PACK must be a byte count/);
});
