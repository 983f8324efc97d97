// The rule author's tools: `npm run rules:check` (validation, the protection order and the Welsh glossary) and the
// committed JSON Schema for editors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { packJsonSchema, SCHEMA_FILE } from '../../scripts/pack-json-schema.mjs';
import { glossaryProblems, importSource, readGlossary, root } from '../../scripts/rules-check.mjs';

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
  assert.match(lines.at(-1), /^OK: the pack is valid \(\d+ questions, \d+ rules, 0 warnings\)\.$/);
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

test("rules:check warns where the pack's Welsh breaks the glossary, in any mutation, and keeps its exceptions", () => {
  const welsh = structuredClone(pack);
  const question = id => welsh.questions.findIndex(q => q.id === id);
  const rule = id => welsh.rules.findIndex(r => r.id === id);
  const set = (path, cy) => {
    const text = path.reduce((at, key) => at[key], welsh);
    text.cy = cy;
  };
  // Words the translator found and the glossary avoids, as a careless edit would bring them back.
  set(['rules', rule('info.past-control'), 'text'], 'Mae rheolaeth gymhellol gan y troseddwr yn arwydd cryf o niwed.');
  set(['rules', rule('assess.cluster'), 'text'], 'Gwahanu, rheoli a thrais: clwstwr sy’n gysylltiedig â dynladdiad.');
  set(['rules', rule('powers.prevent-injury'), 'text'], 'Ni ellir carcharu, neu anhysbys: atal anaf.');
  set(['questions', question('suspect.on-licence'), 'help'], 'Swyddog ar brawf y sawl a amheuir.');
  set(['catalogue', 'outcomes', 'refuse-bail', 'text'], 'Gwrthod mechnïaeth: remand tan y llys nesaf');
  // Where the same words are right: the offender manager's title, probation, criteria.
  set(
    ['questions', question('suspect.programme-non-compliance'), 'help'],
    'Y gwasanaeth prawf: rheolwr troseddwyr y sawl a amheuir.'
  );
  set(
    ['questions', question('abuse.incidents-12-months'), 'help'],
    'Systemau lleol. Mae tri neu ragor yn un o feini prawf MARAC.'
  );
  // An acronym no Welsh text spells out any more.
  const marac = welsh.questions[question('victim.marac-case')].text;
  marac.cy = marac.cy.replace('Gynhadledd Amlasiantaeth Asesu Risg (MARAC)', 'MARAC');
  welsh.catalogue.actions['refer-marac'].text.cy = 'Atgyfeirio at MARAC';

  const file = join(dir, 'welsh.json');
  writeFileSync(file, JSON.stringify(welsh));
  const { code, lines } = check(file);
  const warnings = lines.filter(line => line.startsWith('  warning  '));
  const says = (path, word, use) =>
    `  warning  ${path}.cy: "${word}": the glossary says "${use}" for ${
      readGlossary().avoid.find(e => e.use === use).for
    } (rules/glossary.cy.md)`;
  assert.deepEqual(warnings.slice(0, 6), [
    says(`questions[${question('suspect.on-licence')}].help`, 'brawf', 'y gwasanaeth prawf'),
    says('catalogue.outcomes.refuse-bail.text', 'remand', 'remánd, cadw yn y ddalfa'),
    says(`rules[${rule('info.past-control')}].text`, 'troseddwr', 'cyflawnwr'),
    says(`rules[${rule('info.past-control')}].text`, 'rheolaeth gymhellol', 'rheolaeth drwy orfodaeth'),
    says(`rules[${rule('assess.cluster')}].text`, 'dynladdiad', 'lladdiad'),
    says(`rules[${rule('powers.prevent-injury')}].text`, 'anhysbys', 'ddim yn hysbys')
  ]);
  assert.match(
    warnings[6],
    /^ {2}warning {2}\S+\.cy: "MARAC" is never spelt out in Welsh: give "Cynhadledd Amlasiantaeth Asesu Risg" beside it once/
  );
  assert.equal(warnings.length, 7, lines.join('\n'));
  assert.match(lines.at(-1), /^OK: the pack is valid \(\d+ questions, \d+ rules, 7 warnings\)\.$/);
  assert.equal(code, 0, 'the glossary warns; it never refuses a pack');
});

test('the glossary matches whole words in each mutation, never a word that only contains one', () => {
  const glossary = {
    avoid: [
      { words: ['troseddwr'], use: 'cyflawnwr', for: 'perpetrator' },
      { words: ['CPS'], use: 'Gwasanaeth Erlyn y Goron', for: 'the CPS' }
    ],
    spellOut: []
  };
  const found = text => glossaryProblems([['t.cy', text]], glossary).map(p => p.message.split('"')[1]);
  assert.deepEqual(found('y troseddwr; ei droseddwr; fy nhroseddwr; ei throseddwr'), [
    'troseddwr',
    'droseddwr',
    'nhroseddwr',
    'throseddwr'
  ]);
  assert.deepEqual(found('troseddu, troseddau, Troseddwr'), ['Troseddwr']);
  assert.deepEqual(found('CPS; y cps; GPS'), ['CPS'], 'an acronym is matched as written, never mutated');
});

test("the interface's Welsh strings keep the glossary too", async () => {
  const { stringsFor } = await importSource(`export { stringsFor } from './src/strings.ts';`);
  const texts = [];
  const visit = (value, path) => {
    if (typeof value === 'string') texts.push([path, value]);
    else if (typeof value === 'function') visit(value('X', 'Y', 'Z'), `${path}()`);
    else if (Array.isArray(value) || (typeof value === 'object' && value !== null))
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
  };
  visit(stringsFor('cy'), 'cy');
  for (const words of ['ie', 'ydy', 'ydyn', 'oes', 'do', 'gellir'])
    visit(stringsFor('cy').yesNo(words), `cy.yesNo(${words})`);
  assert.ok(texts.length > 80, `only ${texts.length} strings read`);
  assert.deepEqual(glossaryProblems(texts, readGlossary()), []);
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
