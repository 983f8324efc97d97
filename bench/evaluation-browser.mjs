// evaluate() timed where the element runs it: inside Chromium, over the built dist/core.js (or the file under
// the repository named as the first argument, e.g. a core built from another commit and copied into
// node_modules/.cache/bench/). The review's case at both stages (demo/cases/) and the pool of 16 generated
// answer sets that bench/evaluation.mjs uses, each in 40 batches after a warm-up; prints µs per evaluation,
// min, quartiles, median and max of the batches.
//   node bench/evaluation-browser.mjs [dist/core.js] [--firefox]   (--firefox: Debian's firefox-esr instead)
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../scripts/browsers.mjs';
import { generateAnswers } from './generate-pack.mjs';
import { ROOT, startServer } from './server.mjs';

const firefox = process.argv.includes('--firefox');
const corePath = process.argv.slice(2).find(a => !a.startsWith('--')) ?? 'dist/core.js';
const { defaultPack } = await import(new URL(corePath, `file://${ROOT}/`).href);
const sets = ['sandwell-review', 'sandwell-review-pre-charge'].map(name => {
  const c = JSON.parse(readFileSync(`${ROOT}/demo/cases/${name}.json`, 'utf8'));
  return { name: `the review's case, ${c.stage}`, answers: [{ ...c.prefill, ...c.answerKey }], stages: [c.stage] };
});
sets.push({
  name: '16 generated answer sets, both stages',
  answers: Array.from({ length: 16 }, (_, i) => generateAnswers(defaultPack, i + 1)),
  stages: ['post-charge', 'pre-charge']
});

const { origin, close } = await startServer();
const browser = await puppeteer.launch(
  firefox
    ? { browser: 'firefox', executablePath: findFirefox(), headless: true }
    : { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }
);
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/pages/element.html`);
  const results = await page.evaluate(
    async (url, sets) => {
      const core = await import(url);
      const batch = 512;
      return sets.map(({ name, answers, stages }) => {
        const run = i => core.evaluate(core.defaultPack, answers[i % answers.length], stages[i % stages.length]);
        for (let i = 0; i < 5000; i++) run(i);
        const us = [];
        for (let r = 0; r < 40; r++) {
          const start = performance.now();
          for (let i = 0; i < batch; i++) run(i);
          us.push(((performance.now() - start) * 1000) / batch);
        }
        us.sort((a, b) => a - b);
        return { name, min: us[0], p25: us[10], median: us[20], p75: us[30], max: us[39] };
      });
    },
    `${origin}/${corePath}`,
    sets
  );
  console.log(`evaluate() in ${await browser.version()}, ${corePath}, µs per evaluation over 40 batches of 512:`);
  for (const r of results)
    console.log(
      `  ${r.name.padEnd(40)} median ${r.median.toFixed(1).padStart(6)}  [min ${r.min.toFixed(1)}, p25 ${r.p25.toFixed(1)}, p75 ${r.p75.toFixed(1)}, max ${r.max.toFixed(1)}]`
    );
} finally {
  await browser.close();
  close();
}
