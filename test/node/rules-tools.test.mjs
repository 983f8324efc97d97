// The rule author's tools: `npm run rules:check` and the committed JSON Schema for editors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { packJsonSchema, SCHEMA_FILE } from '../../scripts/pack-json-schema.mjs';
import { root } from '../../scripts/rules-check.mjs';

const dir = mkdtempSync(join(tmpdir(), 'rules-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args) => {
  const run = spawnSync(process.execPath, ['scripts/rules-check.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
};

const pack = JSON.parse(readFileSync(join(root, 'rules/default-pack.json'), 'utf8'));

test('rules:check passes the default pack with a clear line, and exits 0', () => {
  const { code, lines, stderr } = check();
  assert.equal(stderr, '');
  assert.match(lines[0], new RegExp(`^rules/default-pack.json: ${pack.id} ${pack.version} \\(sha256 [0-9a-f]{64}\\)$`));
  assert.match(lines.at(-1), /^OK: the pack is valid \(\d+ questions, \d+ rules, \d+ warnings?\)\.$/);
  const riskFactors = pack.questions.filter(q => q.riskFactor).length;
  assert.match(
    lines.at(-2),
    new RegExp(
      `^Protection order proved for ${riskFactors} risk factors at both stages: yes ≥ not known ≥ no in risk and outcome, and no release under investigation at medium or high risk or with an indicator \\(outcome rows searched exhaustively: \\d+ pre-charge and \\d+ post-charge combinations\\)\\.$`
    )
  );
  assert.equal(code, 0);
});

test('rules:check refuses the default pack with one inversion, or with release under investigation offered at high risk', () => {
  const file = join(dir, 'inverted.json');
  // The shared-home inversion of pack 1.0.0: a "yes" bailed without conditions where a "not known" is not.
  const inverted = structuredClone(pack);
  inverted.outcomes['post-charge'].rows.unshift({
    id: 'outcome.post.home',
    when: { q: 'victim.lives-with-suspect', equals: 'yes' },
    recommended: 'bail-without-conditions',
    alternatives: [],
    text: { en: 'A shared home: no conditions.', cy: 'Cartref a rennir: dim amodau.' },
    cites: ['dhr-sandwell']
  });
  writeFileSync(file, JSON.stringify(inverted));
  const one = check(file);
  assert.equal(one.code, 1);
  assert.ok(
    one.lines.some(line =>
      /^ {2}error {4}outcomes\["post-charge"\]\.rows\[0\]: "yes" to victim\.lives-with-suspect instead of "(unknown|not answered)" gives less protection: row "outcome\.post\.home" \(bail-without-conditions\) .*victim\.lives-with-suspect: yes, but row "outcome\.post\.\w+" \((refuse-bail|bail-with-conditions)\)/.test(
        line
      )
    ),
    one.lines.join('\n')
  );
  assert.match(one.lines.at(-1), /^REFUSED: /);

  const rui = structuredClone(pack);
  rui.outcomes['pre-charge'].rows
    .find(r => r.recommended === 'detain-for-charging-decision')
    .alternatives.push('release-under-investigation');
  writeFileSync(file, JSON.stringify(rui));
  const two = check(file);
  assert.equal(two.code, 1);
  assert.ok(
    two.lines.some(line =>
      /^ {2}error {4}outcomes\["pre-charge"\]\.rows\[\d+\]: release under investigation is offered with risk high/.test(
        line
      )
    ),
    two.lines.join('\n')
  );
});

test('rules:check prints each error and warning with its path, and exits 1 on errors', () => {
  const bad = structuredClone(pack);
  bad.rules[0].cites.push('nowhere');
  bad.questions[1].askwhen = { answered: bad.questions[0].id };
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(bad));
  const { code, lines } = check(file);
  assert.deepEqual(lines, [
    `${file}:`,
    '  error    questions[1]: has unknown fields: askwhen',
    'REFUSED: 1 error, 0 warnings. The element would not use this pack.'
  ]);
  assert.equal(code, 1);

  delete bad.questions[1].askwhen;
  bad.catalogue.grounds['x-unused'] = { text: { en: 'Never produced' }, law: { en: 'None' } };
  writeFileSync(file, JSON.stringify(bad));
  const second = check(file);
  assert.deepEqual(second.lines.slice(1), [
    `  error    rules[0].cites[${bad.rules[0].cites.length - 1}]: cites unknown source "nowhere"`,
    'REFUSED: 1 error, 0 warnings. The element would not use this pack.'
  ]);
  bad.rules[0].cites.pop();
  writeFileSync(file, JSON.stringify(bad));
  const third = check(file);
  assert.ok(
    third.lines.includes('  warning  catalogue.grounds["x-unused"]: nothing in the pack produces this'),
    third.lines.join('\n')
  );
  assert.match(third.lines.at(-1), /^OK: the pack is valid/);
  assert.equal(third.code, 0);
});

test('rules:check refuses a file that is not there or not JSON, and exits 1', () => {
  const missing = check(join(dir, 'missing.json'));
  assert.match(missing.lines[0], /missing\.json: cannot be read \(ENOENT\)$/);
  assert.equal(missing.code, 1);
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"schemaVersion": 1,');
  assert.deepEqual(check(file).lines.slice(1, 2), ['  error    (pack): is not valid JSON']);
});

test('rules/pack.schema.json is up to date with the zod schemas (npm run rules:schema)', async () => {
  assert.equal(
    readFileSync(SCHEMA_FILE, 'utf8'),
    await packJsonSchema(),
    'run npm run rules:schema and commit the result'
  );
});

test('the JSON Schema describes every condition operator, recursively, with no extra keys', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const operators = schema.definitions.condition.oneOf.map(o => o.required.join('+'));
  assert.deepEqual(operators, [
    'all',
    'any',
    'not',
    'q+equals',
    'q+in',
    'answered',
    'notKnown',
    'count+equals+atLeast',
    'riskAtLeast',
    'indicatorsAtLeast'
  ]);
  for (const o of schema.definitions.condition.oneOf) assert.equal(o.additionalProperties, false);
  const ref = { $ref: '#/definitions/condition' };
  assert.deepEqual(schema.definitions.condition.oneOf[0].properties.all.items, ref);
  assert.deepEqual(schema.definitions.rule.properties.when, ref);
  assert.equal(schema.additionalProperties, false);
  assert.match(schema.definitions.question.properties.riskFactor.description, /never lower risk/);
});
