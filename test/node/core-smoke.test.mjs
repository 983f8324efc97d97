// Runs against the built core (dist/core.js) in Node, with code generation from strings disallowed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess, defaultPack, validatePack, verifyRecord } from '../../dist/core.js';

test('the bundled pack validates in Node', () => {
  const result = validatePack(defaultPack);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
});

test('assess makes a record that verifyRecord accepts, and a tampered one it refuses', async () => {
  const record = await assess({ answers: { 'decision.stage': 'post-charge' }, now: '2026-11-26T10:00:00Z' });
  assert.deepEqual(await verifyRecord(record), { ok: true, problems: [] });
  const tampered = structuredClone(record);
  tampered.riskLevel = tampered.riskLevel === 'high' ? 'standard' : 'high';
  const verdict = await verifyRecord(tampered);
  assert.equal(verdict.ok, false);
  assert.ok(verdict.problems.some(p => p.includes('hash')));
});
