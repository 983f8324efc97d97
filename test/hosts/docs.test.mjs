// docs/integration.md against what it documents: its reference tables list exactly what custom-elements.json
// lists (attributes with their properties, members, events with their detail types, parts, custom properties with
// their defaults); its error table, the element's error codes; its server sample, the Node host's code; its bridge
// protocol, what the bridge accepts; its worked prefill example, what the example mapping gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { custodyRecord, prefillFrom } from '../../demo/hosts/custody-record.js';

const read = path => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const doc = read('docs/integration.md');
const manifest = JSON.parse(read('custom-elements.json'));
const element = manifest.modules.flatMap(m => m.declarations).find(d => d.customElement);
const sorted = list => [...list].sort();
const ticked = cell => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]);

/** The rows of the first table after the heading `### title` (or `## title`), as arrays of cells. */
function table(title) {
  const lines = doc.split('\n');
  const start = lines.findIndex(l => /^#{2,3} /.test(l) && l.replace(/^#+ /, '') === title);
  assert.ok(start >= 0, `no section "${title}" in docs/integration.md`);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length) break;
  }
  return rows.slice(2).map(row =>
    row
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map(cell => cell.trim())
  );
}

test('the attribute table lists exactly the manifest attributes, each with its property', () => {
  const rows = table('Attributes').map(([attribute, property]) => `${ticked(attribute)[0]} -> ${ticked(property)[0]}`);
  assert.deepEqual(sorted(rows), sorted(element.attributes.map(a => `${a.name} -> ${a.fieldName}`)));
});

test('the properties and methods table lists exactly the manifest members', () => {
  const names = table('Properties and methods').flatMap(([member]) => ticked(member).map(n => n.replace(/\(\)$/, '')));
  assert.deepEqual(sorted(names), sorted(element.members.map(m => m.name)));
});

test('the event table lists exactly the manifest events, each with its detail type', () => {
  const rows = table('Events');
  assert.deepEqual(sorted(rows.map(([name]) => ticked(name)[0])), sorted(element.events.map(e => e.name)));
  for (const [name, detail] of rows) {
    const declared = element.events.find(e => e.name === ticked(name)[0]).type.text;
    assert.equal(`CustomEvent<${ticked(detail)[0]}>`, declared, name);
  }
});

test('the part and custom property tables list exactly the manifest ones, with their defaults', () => {
  assert.deepEqual(sorted(table('Parts').map(([part]) => ticked(part)[0])), sorted(element.cssParts.map(p => p.name)));
  assert.deepEqual(
    sorted(table('Custom properties').map(([name, value]) => `${ticked(name)[0]}: ${ticked(value)[0]}`)),
    sorted(element.cssProperties.map(p => `${p.name}: ${p.default}`))
  );
});

test('the error table lists exactly the codes the element reports', () => {
  const union = /export type BailCheckErrorCode =([^;]+);/.exec(read('components/events.ts'))[1];
  const codes = [...union.matchAll(/'([\w-]+)'/g)].map(m => m[1]);
  const rows = table('7. Errors, and what to do about each').map(([code]) => ticked(code)[0]);
  assert.deepEqual(sorted(rows), sorted(codes));
});

test('the server sample is the Node host’s checkRecord, word for word', () => {
  const source = /export async function checkRecord[\s\S]*?\n}\n/.exec(read('demo/hosts/server/records.mjs'))[0];
  assert.ok(doc.includes(source), 'docs/integration.md does not hold checkRecord as records.mjs has it');
  assert.ok(doc.includes("import { verifyRecordJson } from 'bail-safeguarding/core';"));
});

test('the bridge protocol names exactly the attributes the bridge lets its parent set', () => {
  const settable = JSON.parse(
    /const SETTABLE = (\[[^\]]+\])/.exec(read('demo/hosts/iframe/bridge.js'))[1].replace(/'/g, '"')
  );
  const row = table('Legacy pages: the iframe bridge').find(([, message]) => message.includes("'set-attributes'"));
  assert.deepEqual(ticked(row[2].slice(row[2].indexOf('Only'))).slice(0, settable.length), settable);
});

test('the worked prefill example is what the example mapping gives, with codes the default pack asks', () => {
  const block = /check\.prefill = \{([\s\S]*?)\};/.exec(doc.slice(doc.indexOf('the mapping gives')))[1];
  const shown = Object.fromEntries([...block.matchAll(/'([\w.-]+)': '([\w-]+)'/g)].map(m => [m[1], m[2]]));
  assert.deepEqual(shown, prefillFrom(custodyRecord));
  const questions = new Set(JSON.parse(read('rules/default-pack.json')).questions.map(q => q.id));
  const mapped = table("3. Prefill: mapping a custody system's fields").map(([, code]) => ticked(code)[0]);
  assert.ok(mapped.length >= 10);
  for (const code of mapped) assert.ok(questions.has(code), `${code} is not a question of the default pack`);
});
