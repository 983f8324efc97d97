/* global document */
// How long the worst packs found for issue 15 hold the page while an element takes them as its rulePack, in
// Chromium: the longest task (PerformanceObserver 'longtask', tasks of 50 ms or more) from setting the
// property to bail-check-ready or bail-check-error, and that whole time. The packs are test/core/worst-packs.ts,
// built here by esbuild; each in a fresh page, after a small pack has loaded the validation chunk. A figure for
// docs/benchmarks.md, never a test: DESIGN.md's budget is that no accepted pack holds the page over 200 ms.
//   node scripts/build.mjs && node bench/bounds.mjs [--runs 3]
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browsers.mjs';
import { ROOT, startServer } from './server.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

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
  ['accepted: four searches of 16,384 combinations, 1.99 MB', json(worst.worstAcceptedPack())],
  [
    'accepted: a chain of 6,000 rules through indicators, 1.99 MB',
    json(worst.paddedTo(worst.indicatorChainPack(6000), 1_990_000))
  ],
  ['accepted: plain questions, 1.99 MB', json(worst.paddedTo(worst.searchPack(0), 1_990_000))],
  ['refused: 6,000 searches of 16,384 combinations, 1.96 MB', json(worst.searchPack(6000))],
  ['refused: a chain of 8,000 when-to-ask', json(worst.askChainPack(8000))],
  ['refused: 250 rows of 300 parts over 98,304 combinations', json(worst.protectionPack(7, 250))],
  ['refused: JSON nested 990,000 deep (as text)', worst.deepPackText(990_000)]
];

const { origin, close } = await startServer();
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(
    `The longest task and the whole time, ms, while an element takes each pack (${await browser.version()}, median of ${runs}):`
  );
  for (const [name, text] of packs) {
    const results = [];
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/bench/pages/bounds.html`);
      results.push(
        await page.evaluate(
          async (text, asText) => {
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
            const observer = new PerformanceObserver(list =>
              list.getEntries().forEach(e => e.startTime >= start && tasks.push(e.duration))
            );
            observer.observe({ type: 'longtask' });
            const start = performance.now();
            const outcome = await take(rulePack);
            const whole = performance.now() - start;
            await new Promise(resolve => setTimeout(resolve, 200)); // the observer's last entries
            observer.disconnect();
            return { outcome, longest: Math.max(0, ...tasks), whole };
          },
          text,
          name.includes('(as text)')
        )
      );
      await page.close();
    }
    const median = key => results.map(r => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
    console.log(
      `  ${name.padEnd(60)} ${results[0].outcome.padEnd(14)} longest task ${median('longest').toFixed(0).padStart(5)}  whole ${median('whole').toFixed(0).padStart(5)}`
    );
  }
} finally {
  await browser.close();
  await close();
}
