/* global document, window -- the page functions run in Chromium */
// Fresh hosts built from the tarball alone, each run in Chromium: the README's script-tag embed (the dist/ folder
// copied to the site's assets) under a strict Content-Security-Policy, with a pack validated there; a Vue 3 host
// (Vite with @vitejs/plugin-vue) and a React 19 TSX host (esbuild, as demo/hosts/react does), each binding
// prefill as a property and listening to an event through its framework.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { inChromium, scratchHost, writeFiles } from './support.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let host;
before(
  () =>
    (host = scratchHost([
      'lit',
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit-labs',
      'zod',
      'vue',
      '@vue',
      'react',
      'react-dom',
      'scheduler'
    ]))
);
after(() => host?.remove());
const pkg = () => join(host.dir, 'node_modules/bail-safeguarding');

/** The page's first heading inside the element, once it has rendered one. */
const firstHeading = page =>
  page
    .waitForFunction(
      () => document.querySelector('bail-safeguarding-check')?.shadowRoot?.querySelector('h1, h2')?.textContent?.trim(),
      { timeout: 60_000 }
    )
    .then(h => h.jsonValue());

test("the README's script-tag embed works under a strict CSP, validating a pack there with no violation", async () => {
  const site = join(host.dir, 'site');
  cpSync(join(pkg(), 'dist'), join(site, 'assets/bail-safeguarding'), { recursive: true });
  const readme = readFileSync(join(pkg(), 'README.md'), 'utf8');
  const [embed] = /```html\n([\s\S]*?)```/.exec(readme).slice(1);
  const [script] = /```js\n(\/\/ custody-check\.js[\s\S]*?)```/.exec(readme).slice(1);
  writeFiles(site, {
    // The README's lines as they are, in a page of the host's, and a listener for violations before them.
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custody</title>
<script src="/violations.js"></script></head><body>${embed}</body></html>`,
    'violations.js':
      "window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));",
    'assets/custody-check.js': `${script.replace('saveToCustodyRecord', 'window.saved.push')}\nwindow.saved = [];`,
    'assets/pack.json': readFileSync(join(pkg(), 'rules/default-pack.json'), 'utf8')
  });
  await inChromium(
    site,
    '/',
    async (page, errors) => {
      assert.ok(await firstHeading(page));
      // A pack from the host: the validation chunk loads from beside the bundle and checks it under the policy.
      const source = await page.evaluate(async () => {
        const check = document.querySelector('bail-safeguarding-check');
        const pack = await (await fetch('/assets/pack.json')).json();
        pack.id = 'x-force-pack';
        const ready = new Promise(resolve =>
          check.addEventListener(
            'bail-check-ready',
            e => e.detail.rulePack.id === 'x-force-pack' && resolve(e.detail.source)
          )
        );
        check.rulePack = pack;
        return ready;
      });
      assert.equal(source, 'property');
      const prefill = await page.evaluate(() => document.querySelector('bail-safeguarding-check').prefill);
      assert.deepEqual(prefill, { 'offence.imprisonable': 'yes', 'suspect.on-bail': 'yes' });
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
      // The listener hears a violation when there is one: an inline style, which the policy forbids.
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
      await page.waitForFunction(() => window.violations.length > 0, { timeout: 10_000 });
    },
    { 'content-security-policy': POLICY }
  );
});

test('a Vue 3 host built with Vite binds prefill as a property and hears bail-check-ready', async () => {
  const dir = join(host.dir, 'vue-host');
  writeFiles(dir, {
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vue</title></head>
<body><div id="app"></div><script type="module" src="/main.ts"></script></body></html>`,
    'main.ts': `import { createApp } from 'vue';
import Host from './Host.vue';
createApp(Host).mount('#app');
`,
    'Host.vue': `<script setup lang="ts">
import 'bail-safeguarding';
import type { BailCheckReadyEvent, Prefill } from 'bail-safeguarding/element';
const prefill: Prefill = { 'suspect.on-bail': 'yes' };
function ready(e: BailCheckReadyEvent) {
  (window as unknown as { readySource: string }).readySource = e.detail.source;
}
</script>
<template>
  <bail-safeguarding-check case-id="CR-9" :prefill="prefill" @bail-check-ready="ready" />
</template>
`
  });
  const { default: vue } = await import('@vitejs/plugin-vue');
  const isCustomElement = tag => tag === 'bail-safeguarding-check';
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
    build: { outDir: 'out' }
  });
  await inChromium(join(dir, 'out'), '/', async (page, errors) => {
    assert.ok(await firstHeading(page));
    await page.waitForFunction(() => window.readySource, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.readySource), 'bundled');
    const prefill = await page.evaluate(() => document.querySelector('bail-safeguarding-check').prefill);
    assert.deepEqual(prefill, { 'suspect.on-bail': 'yes' });
    assert.deepEqual(errors, []);
  });
});

test('a React 19 TSX host binds prefill as a property and hears bail-check-ready through onbail-check-ready', async () => {
  const dir = join(host.dir, 'react-host');
  writeFiles(dir, {
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`,
    'app.tsx': `import 'bail-safeguarding';
import type {} from 'bail-safeguarding/react';
import type { Prefill } from 'bail-safeguarding/element';
import { createRoot } from 'react-dom/client';

const prefill: Prefill = { 'suspect.on-bail': 'no' };
createRoot(document.getElementById('root')!).render(
  <bail-safeguarding-check
    case-id="CR-10"
    prefill={prefill}
    onbail-check-ready={e => ((window as unknown as { readySource: string }).readySource = e.detail.source)}
  />
);
`
  });
  await esbuild({
    entryPoints: [join(dir, 'app.tsx')],
    outfile: join(dir, 'app.js'),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  await inChromium(dir, '/', async (page, errors) => {
    assert.ok(await firstHeading(page));
    await page.waitForFunction(() => window.readySource, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.readySource), 'bundled');
    const prefill = await page.evaluate(() => document.querySelector('bail-safeguarding-check').prefill);
    assert.deepEqual(prefill, { 'suspect.on-bail': 'no' });
    assert.deepEqual(errors, []);
  });
});
