// The bundler entries from the tarball: a Node server imports every entry (nothing throws, nothing is defined)
// and verifies a record; a Vite + TypeScript host that already uses Lit builds with one copy of Lit, and in
// Chromium the element from `bail-safeguarding` is the class `bail-safeguarding/element` exports, defined once,
// beside the host's own Lit element, and works to its first question.
/* global document, window -- the page functions run in Chromium */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { inChromium, scratchHost, writeFiles } from './support.mjs';

/** The package's dependencies, as the host's package manager installs them (here linked, nothing fetched). */
const DEPENDENCIES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs', 'zod'];

const NODE_SERVER = `import { assess, verifyRecord } from 'bail-safeguarding/core';
import { BailSafeguardingCheck, define } from 'bail-safeguarding/element';
import * as main from 'bail-safeguarding';

define('custody-bail-check');
const record = await assess({ answers: { 'suspect.on-bail': 'yes' }, stage: 'pre-charge', caseId: 'CR-1' });
const verified = await verifyRecord(record);
const tampered = await verifyRecord({ ...record, riskLevel: 'standard', outcome: { ...record.outcome, recommended: 'x' } });
console.log(JSON.stringify({
  sameClass: main.BailSafeguardingCheck === BailSafeguardingCheck,
  defined: ['bail-safeguarding-check', 'custody-bail-check'].map(tag => globalThis.customElements?.get(tag) ?? null),
  verified: verified.ok,
  tamperedRefused: !tampered.ok
}));
`;

const VITE_HOST = {
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Custody record</title></head>
  <body><custody-panel></custody-panel><script type="module" src="/main.ts"></script></body>
</html>
`,
  'main.ts': `import { LitElement, html } from 'lit';
import 'bail-safeguarding';
import { BailSafeguardingCheck } from 'bail-safeguarding/element';

// The host's own Lit element, which renders the check.
class CustodyPanel extends LitElement {
  render() {
    return html\`<h1>Custody record</h1><bail-safeguarding-check case-id="CR-7" stage="pre-charge"></bail-safeguarding-check>\`;
  }
}
customElements.define('custody-panel', CustodyPanel);

const w = window as unknown as Record<string, unknown>;
w.sameClass = customElements.get('bail-safeguarding-check') === BailSafeguardingCheck;
w.litVersions = (window as unknown as { litElementVersions: string[] }).litElementVersions;
`
};

let host;
before(() => (host = scratchHost(DEPENDENCIES)));
after(() => host?.remove());

test('a Node server imports every entry, throws nothing, defines nothing, and verifies a record', () => {
  writeFiles(host.dir, { 'server.mjs': NODE_SERVER });
  const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', 'server.mjs'], {
    cwd: host.dir,
    encoding: 'utf8'
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), {
    sameClass: true,
    defined: [null, null],
    verified: true,
    tamperedRefused: true
  });
});

test('a Vite host that uses Lit builds with one copy of Lit and one class, which works in Chromium', async () => {
  const dir = join(host.dir, 'vite-host');
  writeFiles(dir, VITE_HOST);
  await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: 'out', minify: false } });
  const out = join(dir, 'out');
  const js = readdirSync(join(out, 'assets'))
    .filter(f => f.endsWith('.js'))
    .map(f => readFileSync(join(out, 'assets', f), 'utf8'))
    .join('\n');
  // Each of Lit's packages records its version once per copy loaded.
  for (const marker of ['reactiveElementVersions', 'litElementVersions', 'litHtmlVersions'])
    assert.equal(js.match(new RegExp(`\\.${marker} \\?\\?=`, 'g'))?.length, 1, `${marker}: one copy`);

  await inChromium(out, '/', async (page, errors) => {
    const heading = await page.waitForFunction(
      () => {
        const check = document.querySelector('custody-panel')?.shadowRoot?.querySelector('bail-safeguarding-check');
        return check?.shadowRoot?.querySelector('h1, h2')?.textContent?.trim();
      },
      { timeout: 60_000 }
    );
    assert.ok(await heading.jsonValue());
    assert.equal(await page.evaluate(() => window.sameClass), true);
    assert.equal((await page.evaluate(() => window.litVersions)).length, 1, 'one LitElement loaded in the page');
    assert.deepEqual(errors, []);
  });
});
