// Checks the built demo (`npm run build:demo`, then `node test/demo/check-static-site.mjs [screenshot.png]`):
// serves demo-dist/ from a sub-folder of a tiny static server on 127.0.0.1, loads it in headless Chromium
// with every other host refused, and fails on any request that leaves the server, any script error or CSP
// violation, or a page that does not reach a working check. Ends with one line: "N passed, N failed".
/* global document, getComputedStyle -- used inside page.evaluate, which runs in the browser */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '../../demo-dist');
const PREFIX = '/any/folder/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

if (!existsSync(join(ROOT, 'index.html'))) {
  console.error('demo-dist/index.html is missing: run `npm run build:demo` first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith(PREFIX)) return void res.writeHead(404).end();
  const file = normalize(join(ROOT, path.slice(PREFIX.length) || 'index.html'));
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const offsite = [];
  const problems = [];
  await page.setRequestInterception(true);
  page.on('request', r => {
    if (r.url().startsWith(origin) || r.url().startsWith('data:') || r.url().startsWith('blob:')) r.continue();
    else {
      offsite.push(r.url());
      r.abort();
    }
  });
  page.on('pageerror', e => problems.push(`script error: ${e.message}`));
  page.on('response', r => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  page.on('console', m => {
    // A failed load is reported above with its address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', e =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    )
  );
  await page.goto(`${origin}${PREFIX}index.html#case=sandwell-review`, { waitUntil: 'load' });
  await page.waitForSelector('.event-log li[data-event="bail-check-ready"]', { timeout: 10_000 });
  check('the page loads from a sub-folder and the element reports ready', true);
  const h1 = await page.$eval('h1', h => h.textContent.trim());
  check('the custody header shows the case named in the address', h1.includes('TRN-25-0417'), h1);
  const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', m => m.content);
  check('the strict CSP is kept', meta === "script-src 'self'; style-src 'self'", meta);
  const styled = await page.$eval('.custody-header', h => getComputedStyle(h).backgroundColor);
  check('the stylesheet applies', styled === 'rgb(18, 33, 59)', styled);
  await page.evaluate(() =>
    document.querySelector('bail-safeguarding-check').shadowRoot.querySelector('button.primary').click()
  );
  await page.waitForFunction(() =>
    document.querySelector('bail-safeguarding-check').shadowRoot.querySelector('fieldset')
  );
  check('the check moves past its start screen', true);
  if (process.argv[2]) await page.screenshot({ path: process.argv[2], fullPage: true });
  await new Promise(r => setTimeout(r, 300));
  check('nothing was fetched from another host', offsite.length === 0, offsite.join(', '));
  check('no failed request, script error or CSP violation', problems.length === 0, problems.join('; '));
} catch (e) {
  check('the page works', false, e instanceof Error ? e.message : String(e));
} finally {
  await browser.close();
  server.close();
}
for (const r of results) console.log(`${r.ok ? 'ok' : 'FAIL'} - ${r.name}${r.detail && !r.ok ? `: ${r.detail}` : ''}`);
const failed = results.filter(r => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
