// The built core as a host's server imports it: by the package's own name, with code generation from
// strings disallowed. (The behaviour itself is tested by core-suites.test.mjs over the same file.)
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('code generation from strings is disallowed in this process, as on a locked-down server', () => {
  assert.throws(() => new Function('return 1'), EvalError);
});

test('bail-safeguarding/core exports the documented functions and the default pack, nothing else', async () => {
  const core = await import('bail-safeguarding/core');
  assert.deepEqual(Object.keys(core).sort(), [
    'assess',
    'defaultPack',
    'evaluate',
    'packIdentity',
    'sealRecord',
    'validatePack',
    'verifyRecord',
    'verifyRecordJson',
    'verifySeal'
  ]);
  assert.equal(core.validatePack(core.defaultPack).ok, true);
  const record = await core.assess({ answers: {}, now: 0 });
  assert.deepEqual(await core.verifyRecord(record), { ok: true, problems: [] });
  assert.equal(core.evaluate(core.defaultPack, {}).stage, 'pre-charge');
  assert.match((await core.packIdentity(core.defaultPack)).sha256, /^[0-9a-f]{64}$/);
});
