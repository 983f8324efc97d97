// evaluate() timed where the element runs it: inside Chromium, over the built dist/core.js (or the file under
// the repository named as the first argument, e.g. a core built from another commit and copied into
// node_modules/.cache/bench/). The review's case at both stages (demo/cases/) and the pool of 16 generated
// answer sets that bench/evaluation.mjs uses, each in 40 batches after a warm-up; prints µs per evaluation,
// min, quartiles, median and max of the batches. Given two cores, it times them paired, in one page, batches
// of each alternating, and prints the median of the pairs' ratios too: on a loaded machine whatever else runs
// slows both sides of a pair alike, so the ratio holds where separate medians drift.
//   node bench/evaluation-browser.mjs [dist/core.js [other-core.js]] [--firefox]   (--firefox: Debian's firefox-esr)
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../scripts/browsers.mjs';
import { generateAnswers } from './generate-pack.mjs';
import { ROOT, startServer } from './server.mjs';

const firefox = process.argv.includes('--firefox');
const corePaths = process.argv.slice(2).filter(a => !a.startsWith('--'));
if (!corePaths.length) corePaths.push('dist/core.js');
const { defaultPack } = await import(new URL(corePaths[0], `file://${ROOT}/`).href);
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
    async (urls, sets) => {
      const cores = await Promise.all(urls.map(url => import(url)));
      const batch = 512;
      const quartiles = xs => {
        const us = [...xs].sort((a, b) => a - b);
        return { min: us[0], p25: us[10], median: us[20], p75: us[30], max: us[39] };
      };
      return sets.map(({ name, answers, stages }) => {
        const runs = cores.map(
          core => i => core.evaluate(core.defaultPack, answers[i % answers.length], stages[i % stages.length])
        );
        for (const run of runs) for (let i = 0; i < 5000; i++) run(i);
        const us = runs.map(() => []);
        for (let r = 0; r < 40; r++)
          runs.forEach((run, c) => {
            const start = performance.now();
            for (let i = 0; i < batch; i++) run(i);
            us[c].push(((performance.now() - start) * 1000) / batch);
          });
        const ratio = us.length > 1 ? quartiles(us[1].map((b, r) => b / us[0][r])) : undefined;
        return { name, cores: us.map(quartiles), ratio };
      });
    },
    corePaths.map(path => `${origin}/${path}`),
    sets
  );
  console.log(`evaluate() in ${await browser.version()}, µs per evaluation over 40 batches of 512:`);
  const figures = r =>
    `median ${r.median.toFixed(1).padStart(6)}  [min ${r.min.toFixed(1)}, p25 ${r.p25.toFixed(1)}, p75 ${r.p75.toFixed(1)}, max ${r.max.toFixed(1)}]`;
  for (const r of results) {
    console.log(`  ${r.name}`);
    r.cores.forEach((core, c) => console.log(`    ${corePaths[c].padEnd(40)} ${figures(core)}`));
    if (r.ratio)
      console.log(
        `    paired ratio, second / first: median ${r.ratio.median.toFixed(3)} [p25 ${r.ratio.p25.toFixed(3)}, p75 ${r.ratio.p75.toFixed(3)}]`
      );
  }
} finally {
  await browser.close();
  close();
}
