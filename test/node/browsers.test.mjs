// scripts/browsers.mjs on a fresh machine: a missing browser is installed with apt-get when it can be, saying
// so in one line; nothing is installed when both are there or apt-get is not usable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureBrowsers } from '../../scripts/browsers.mjs';

/** A machine with the given browsers, where installing adds what was asked for. */
function machine(start, { canInstall = true, installs = true } = {}) {
  const state = { ...start };
  const calls = [];
  const lines = [];
  const found = ensureBrowsers({
    find: () => ({ ...state }),
    canInstall: () => canInstall,
    install: packages => {
      calls.push(packages);
      if (installs) for (const p of packages) state[p === 'chromium' ? 'chromium' : 'firefox'] = `/usr/bin/${p}`;
      return installs;
    },
    log: line => lines.push(line)
  });
  return { found, calls, lines };
}

test('with no browser and apt-get usable, installs chromium and firefox-esr, saying so in one line', () => {
  const { found, calls, lines } = machine({});
  assert.deepEqual(calls, [['chromium', 'firefox-esr']]);
  assert.deepEqual(found, { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' });
  assert.equal(lines.length, 1);
  assert.match(lines[0], /installing chromium and firefox-esr with apt-get/);
});

test('installs only the browser that is missing', () => {
  const { calls } = machine({ chromium: '/usr/bin/chromium' });
  assert.deepEqual(calls, [['firefox-esr']]);
});

test('installs nothing when both are there, or when apt-get is not usable', () => {
  const both = machine({ chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' });
  assert.deepEqual([both.calls, both.lines], [[], []]);
  const noApt = machine({}, { canInstall: false });
  assert.deepEqual([noApt.calls, noApt.lines, noApt.found], [[], [], {}]);
});

test('says so when apt-get fails, and reports what is still missing', () => {
  const { found, lines } = machine({}, { installs: false });
  assert.deepEqual(found, {});
  assert.equal(lines.length, 2);
  assert.match(lines[1], /apt-get could not install chromium and firefox-esr/);
});
