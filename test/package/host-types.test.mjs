// The host types (React JSX, Vue GlobalComponents, VS Code's custom data, the prefill's vocabulary) are generated
// from custom-elements.json and the default pack: the committed files must be what the generator writes today.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { root } from './support.mjs';

test('the generated host types are up to date with custom-elements.json and the default pack', () => {
  const check = spawnSync(process.execPath, ['scripts/host-types.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
