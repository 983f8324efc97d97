// Checks the built demo (`npm run build:demo`, then `node test/demo/check-static-site.mjs [screenshot.png]`):
// serves demo-dist/ from a sub-folder of a tiny static server on 127.0.0.1, loads it in headless Chromium
// with every other host refused, and fails on any request that leaves the server, any script error or CSP
// violation, or a page that does not reach a working check. Then teaches the review's case as a class would (the
// answer key's answers, the class's decision) at 1366 × 768 and prints its handout to A4: at most four pages
// (projector text on or off), with the teaching points and the decision. Ends with one line: "N passed, N failed".
/* global document, getComputedStyle -- used inside page.evaluate, which runs in the browser */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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
  await page.setViewport({ width: 1366, height: 768 });
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
  await page.waitForFunction(
    () => document.querySelector('bail-safeguarding-check')?.shadowRoot?.querySelector('button.primary'),
    { timeout: 10_000 }
  );
  check('the page loads from a sub-folder and the check is ready', true);
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
  await teachTheReview(page);
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
/** The class answers the review's case from its answer key, records its decision, and prints the handout. */
async function teachTheReview(page) {
  const review = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/cases/sandwell-review.json')));
  const answers = { ...review.prefill, ...review.answerKey };
  const held = await page.evaluate(async answers => {
    const el = document.querySelector('bail-safeguarding-check');
    const frame = el.closest('.check-frame');
    for (let i = 0; i < 300 && !frame.hidden; i++) {
      for (const group of el.shadowRoot.querySelectorAll('.q')) {
        const radios = [...group.querySelectorAll('input[type=radio]')];
        const target = radios.find(r => r.value === answers[radios[0]?.name]);
        if (target && !target.checked) target.click();
        const area = group.querySelector('textarea');
        if (area && !area.value) {
          area.value = answers[area.name] ?? '';
          area.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
      await el.updateComplete;
      await new Promise(r => setTimeout(r, 30));
      if (!frame.hidden) el.shadowRoot.querySelector('form button.primary')?.click();
      await el.updateComplete;
    }
    return frame.hidden;
  }, answers);
  check('the class answers every question and the page holds the check before its recommendation', held);
  await page.click('input[name="class-risk"][value="high"]');
  await page.click('input[name="class-outcome"][value="refuse-bail"]');
  await page.type('#class-reason', 'Bail has not protected her.');
  await page.click('.class-decision button[type=submit]');
  await page.waitForSelector('.comparison', { timeout: 5000 });
  check('the class sees its decision beside the answer key', true);
  const pdfPages = async () => {
    const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
    return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  };
  const pages = await pdfPages();
  check('the handout prints on at most four A4 pages', pages >= 1 && pages <= 4, `${pages} pages`);
  // A trainer at a projector prints with projector text on: that text is for the screen.
  await page.click('#projector-toggle');
  await page.waitForSelector('.demo.projector');
  const projected = await pdfPages();
  check('with projector text on too', projected >= 1 && projected <= 4, `${projected} pages`);
  await page.click('#projector-toggle');
  await page.emulateMediaType('print');
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('.demo > *')]
      .filter(part => getComputedStyle(part).display !== 'none')
      .map(part => part.textContent)
      .join(' ')
  );
  await page.emulateMediaType(null);
  const point = review.teachingPoints[1].replace(/\s+/g, ' ').slice(0, 60);
  check(
    'it prints the handout alone, with the teaching points and the decision',
    printed.includes('Training handout') &&
      printed.replace(/\s+/g, ' ').includes(point) &&
      printed.includes('Bail has not protected her.') &&
      !printed.includes('Trainer controls'),
    printed.slice(0, 200)
  );
}

for (const r of results) console.log(`${r.ok ? 'ok' : 'FAIL'} - ${r.name}${r.detail && !r.ok ? `: ${r.detail}` : ''}`);
const failed = results.filter(r => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
