// The default pack's scenarios (test/scenarios/default-pack-scenarios.json) over the BUILT core, as a host's
// server would run it: the same expectations as the browser test, read by the same checker.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { assess, defaultPack, evaluate, validatePack, verifyRecord } from '../../dist/core.js';
import { scenarioProblems, shownTexts, vocabularyProblems } from '../scenarios/expectations.mjs';

const read = file => JSON.parse(readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8'));
const { scenarios } = read('default-pack-scenarios.json');
const vocabulary = read('vocabulary.json');
const NOW = '2026-11-26T02:30:00Z';

const validated = validatePack(defaultPack);
const pack = validated.ok ? validated.pack : undefined;

test('the default pack validates with no warnings', () => {
  assert.equal(validated.ok, true, JSON.stringify(validated.errors));
  assert.deepEqual(validated.warnings, []);
});

test('the default pack covers the vocabulary, with Welsh for every text', () => {
  assert.deepEqual(vocabularyProblems(pack, vocabulary), []);
  assert.equal(pack.meta.welsh, 'awaiting-review');
});

test('there are at least thirty scenarios, each named once, at both stages', () => {
  assert.ok(scenarios.length >= 30);
  assert.equal(new Set(scenarios.map(s => s.name)).size, scenarios.length);
  assert.deepEqual(new Set(scenarios.map(s => s.stage)), new Set(['pre-charge', 'post-charge']));
});

test('being on bail is no ground of its own: the retired already-on-bail ground is in no catalogue or result', () => {
  assert.ok(!Object.hasOwn(pack.catalogue.grounds, 'already-on-bail'));
  for (const s of scenarios)
    assert.ok(!evaluate(pack, s.answers, s.stage).grounds.some(g => g.code === 'already-on-bail'), s.name);
});

for (const s of scenarios) {
  describe(s.name, () => {
    test('evaluate: what a sergeant would expect, in English and in Welsh', () => {
      const en = evaluate(pack, s.answers, s.stage, 'en');
      const cy = evaluate(pack, s.answers, s.stage, 'cy');
      assert.deepEqual(scenarioProblems(s, en), []);
      assert.deepEqual(scenarioProblems(s, cy), []);
      const english = shownTexts(en);
      shownTexts(cy).forEach(([where, text], i) => {
        assert.equal(where, english[i][0]);
        assert.notEqual(text, english[i][1], `${where} has no Welsh`);
      });
    });

    test('assess: the record says the same and verifies', async () => {
      const record = await assess({ answers: s.answers, stage: s.stage, now: NOW });
      assert.deepEqual(scenarioProblems(s, record), []);
      assert.deepEqual(await verifyRecord(record), { ok: true, problems: [] });
    });
  });
}
