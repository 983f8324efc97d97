/* global document */
// How long the worst packs found for issue 15 hold the page while an element takes them as its rulePack, in
// Chromium and Firefox: the longest stretch the page could not run (a MessageChannel heartbeat's longest gap,
// in both browsers) and, in Chromium, the longest task (PerformanceObserver 'longtask', tasks of 50 ms or
// more), from setting the property to bail-check-ready or bail-check-error, and that whole time. The packs are
// test/core/worst-packs.ts, built here by esbuild; each in a fresh page, after a small pack has loaded the
// validation chunk. A figure for docs/benchmarks.md, never a test: DESIGN.md's budget is that no accepted pack
// holds the page over 200 ms.
//   node scripts/build.mjs && node bench/bounds.mjs [--runs 3] [--cpu 4]   (--cpu: Chromium only, its CPU throttling)
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../scripts/browsers.mjs';
import { ROOT, startServer } from './server.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, cpu: { type: 'string', default: '1' } }
});
const runs = Number(values.runs);
// An old custody terminal: Chromium's CPU throttling (Firefox has none), so with --cpu only Chromium is measured.
const cpu = Number(values.cpu);

const bundled = await build({
  entryPoints: [`${ROOT}/test/core/worst-packs.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error'
});
const worst = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const json = pack => JSON.stringify(pack);
const packs = [
  ['accepted: one search of 16,384 combinations, 0.99 MB', json(worst.worstAcceptedPack())],
  [
    'accepted: a chain of 4,000 rules through indicators, 0.99 MB',
    json(worst.paddedTo(worst.indicatorChainPack(4000), 990_000))
  ],
  ['accepted: plain questions, 0.99 MB', json(worst.paddedTo(worst.searchPack(0), 990_000))],
  ['refused: 2,800 searches of 16,384 combinations, 0.92 MB', json(worst.searchPack(2800))],
  ["refused: the issue's 6,000 searches, 1.96 MB (over the limit)", json(worst.searchPack(6000))],
  ['refused: a chain of 7,000 when-to-ask', json(worst.askChainPack(7000))],
  ['refused: 100 rows of 300 parts over 98,304 combinations', json(worst.protectionPack(7, 100))],
  ['refused: JSON nested 490,000 deep (as text)', worst.deepPackText(490_000)]
];

const { origin, close } = await startServer();
const launches = [
  ['Chromium', { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }],
  ['Firefox', { browser: 'firefox', executablePath: findFirefox(), headless: true }]
];
try {
  for (const [browserName, options] of launches) {
    if (!options.executablePath || (cpu !== 1 && browserName !== 'Chromium')) continue;
    const browser = await puppeteer.launch(options);
    try {
      console.log(
        `${browserName} (${await browser.version()})${cpu !== 1 ? `, CPU ${cpu}× slower` : ''}, ms, median of ${runs}: the longest gap of a heartbeat, the longest task (Chromium), the whole time`
      );
      for (const [name, text] of packs) {
        const results = [];
        for (let r = 0; r < runs; r++) {
          const page = await browser.newPage();
          if (cpu !== 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
          await page.goto(`${origin}/bench/pages/bounds.html`);
          results.push(await page.evaluate(measure, text, name.includes('(as text)')));
          await page.close();
        }
        const median = key => results.map(r => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
        const ms = key => median(key).toFixed(0).padStart(5);
        console.log(
          `  ${name.padEnd(62)} ${results[0].outcome.padEnd(14)} gap ${ms('gap')}  longest task ${browserName === 'Chromium' ? ms('longest') : '    -'}  whole ${ms('whole')}`
        );
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await close();
}

/** In the page: an element takes the pack; the heartbeat's longest gap, the longest task, the whole time. */
async function measure(text, asText) {
  await import('/dist/bail-safeguarding.js');
  const take = async rulePack => {
    const el = document.createElement('bail-safeguarding-check');
    const done = new Promise(resolve => {
      el.addEventListener('bail-check-ready', e => resolve(e.detail.source));
      el.addEventListener('bail-check-error', e => resolve(e.detail.code));
    });
    el.rulePack = rulePack;
    document.body.append(el);
    const outcome = await done;
    el.remove();
    return outcome;
  };
  // The validation chunk loaded and compiled first, as on a page that has validated a pack before.
  await take({ ...(await import('/dist/core.js')).defaultPack, id: 'x-warm-up' });
  const rulePack = asText ? text : JSON.parse(text);
  const tasks = [];
  const observer =
    PerformanceObserver.supportedEntryTypes.includes('longtask') &&
    new PerformanceObserver(list => list.getEntries().forEach(e => e.startTime >= start && tasks.push(e.duration)));
  if (observer) observer.observe({ type: 'longtask' });
  // A heartbeat: a message posted whenever the last one arrived. Its gaps are the stretches the page was held.
  let gap = 0;
  let beating = true;
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (beating) channel.port2.postMessage(0);
  };
  const start = performance.now();
  channel.port2.postMessage(0);
  const outcome = await take(rulePack);
  const whole = performance.now() - start;
  await new Promise(resolve => setTimeout(resolve, 200)); // the observer's last entries
  beating = false;
  if (observer) observer.disconnect();
  channel.port1.close();
  return { outcome, longest: Math.max(0, ...tasks), gap, whole };
}
