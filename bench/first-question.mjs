// First question interactive, and keypress → next screen painted: the element (dist/bail-safeguarding.js,
// bundled default pack) against SurveyJS rendering the same questionnaire, in headless Chromium from the
// machine (scripts/browsers.mjs), unthrottled and with the CPU slowed 4× (Chromium's CPU throttling,
// Emulation.setCPUThrottlingRate), in one run.
//   warm: one browser profile, each page visited three times first, so the HTTP cache and V8's code
//         cache hold both libraries; then `runs` visits of each, alternating.
//   cold: a new browser with a new, empty profile for every visit.
//   keys: in the warm profile, one visit per subject: `presses` keys that each move to the next question
//         (the element's K, "not known"; the same given to SurveyJS by its page), each timed from the
//         keydown's event time to just after the next frame is painted.
// Beside them, the element built as a classic script (warm only): V8 consumes its code cache from the third
// visit, while for the module it writes one and never reads it back (see docs/benchmarks.md); and the floor
// (warm only): the same page and harness with an empty module and two radio buttons, what the browser, server
// and harness take on this machine before any of our code runs.
// The pages time themselves with performance.now() (bench/pages/measure.js).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { buildFacts, libBuild } from '../scripts/lib-build-options.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browsers.mjs';
import { packToSurvey } from './pack-to-surveyjs.mjs';
import { CACHE_DIR, ROOT, startServer } from './server.mjs';
import { summarize } from './stats.mjs';

export const SUBJECTS = {
  element: 'element.html',
  surveyjs: 'surveyjs.html',
  classic: 'element.html?classic',
  floor: 'floor.html'
};
export const RATES = [1, 4];
const FIELDS = ['load', 'firstQuestion', 'toNextFrame', 'sinceNavigation'];

/** Writes the default pack, converted, where the SurveyJS page imports it from. */
export function writeSurveyQuestionnaire(pack) {
  const { survey, unexpressed } = packToSurvey(pack);
  mkdirSync(join(ROOT, CACHE_DIR), { recursive: true });
  writeFileSync(join(ROOT, CACHE_DIR, 'surveyjs-questionnaire.js'), `export default ${JSON.stringify(survey)};\n`);
  return { questions: survey.pages.reduce((n, p) => n + p.elements.length, 0), unexpressed };
}

/** The element as a classic script (an IIFE, the validator inlined), for the code-cache comparison only. */
async function buildClassic() {
  const config = libBuild({
    entry: 'components/index.ts',
    name: 'bail-safeguarding.classic',
    define: await buildFacts(),
    split: false,
    outDir: CACHE_DIR
  });
  config.logLevel = 'silent';
  config.build.lib = { ...config.build.lib, formats: ['iife'], name: 'BailSafeguarding' };
  await build(config);
}

async function launch(userDataDir) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (see scripts/browsers.mjs; or set CHROME_PATH)');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, userDataDir });
}

/** A new page with the CPU slowed `rate` times. */
async function newPage(browser, rate) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

async function open(page, url) {
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(url);
    await page.waitForFunction('window.benchResult', { timeout: 60_000 });
    if (errors.length) throw new Error(errors[0]);
    return await page.evaluate('window.benchResult');
  } catch (e) {
    throw new Error(`${url}: ${errors[0] ?? e.message}`);
  }
}

async function visit(browser, url, rate) {
  const page = await newPage(browser, rate);
  try {
    return await open(page, url);
  } finally {
    await page.close();
  }
}

/** Keypress → next screen painted, `presses` times, on one page. */
async function keys(browser, url, subject, rate, presses) {
  const page = await newPage(browser, rate);
  try {
    await open(page, url);
    const press = async key => {
      const before = await page.evaluate('window.benchKeys.length');
      await page.evaluate('window.benchArm()');
      await page.keyboard.press(key);
      await page.waitForFunction(`window.benchKeys.length > ${before}`, { timeout: 30_000 });
    };
    if (subject === 'element') {
      // Focus inside the element (its keys act only there), choose the stage, and continue to question 1.
      await page.evaluate(
        `document.querySelector('bail-safeguarding-check').shadowRoot.querySelector('input[type=radio]').focus()`
      );
      await page.keyboard.press('1');
      await press('Enter');
    }
    // Until the questions run out (for the element, also at a free-text question, which K cannot answer).
    for (let i = 0; i < presses; i++) {
      const key = await page.evaluate('window.benchKey()');
      if (!key) break;
      await press(key);
    }
    const times = await page.evaluate('window.benchKeys');
    return subject === 'element' ? times.slice(1) : times; // the element's Enter left the start screen
  } finally {
    await page.close();
  }
}

/** The nearest-rank percentile of a list. */
function percentile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const collect = (visits, subject) =>
  Object.fromEntries(FIELDS.map(f => [f, summarize(visits.map(v => v[subject][f]))]));

/** The ratio of each run's pair, then its median: both measured under the same conditions. */
const ratios = (visits, a, b) =>
  Object.fromEntries(FIELDS.map(f => [f, summarize(visits.map(v => v[b][f] / Math.max(v[a][f], 0.001)))]));

/**
 * Per CPU rate: medians and spreads per subject and field, warm and cold, the ratios SurveyJS ÷ element and
 * classic ÷ module, and keypress → next screen (median, p95) for the element and SurveyJS.
 */
export async function benchFirstQuestion({ runs = 15, presses = 20, rates = RATES, log = () => {} } = {}) {
  await buildClassic();
  const server = await startServer();
  const url = subject => `${server.origin}/bench/pages/${SUBJECTS[subject]}`;
  const profiles = [];
  const profile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
    profiles.push(dir);
    return dir;
  };
  let version;
  const byRate = {};
  try {
    for (const rate of rates) {
      const warm = [];
      let keyTimes;
      const browser = await launch(profile());
      version = await browser.version();
      try {
        for (let i = 0; i < 3; i++) for (const s of Object.keys(SUBJECTS)) await visit(browser, url(s), rate);
        for (let i = 0; i < runs; i++) {
          const run = {};
          // Rotate which goes first, so none always follows another.
          const order = Object.keys(SUBJECTS);
          for (let k = 0; k < order.length; k++) {
            const s = order[(i + k) % order.length];
            run[s] = await visit(browser, url(s), rate);
          }
          warm.push(run);
        }
        log(`first question at ${rate}× CPU: warm cache, ${runs} runs done`);
        keyTimes = {
          element: await keys(browser, url('element'), 'element', rate, presses),
          surveyjs: await keys(browser, url('surveyjs'), 'surveyjs', rate, presses)
        };
        log(`keypress → next screen at ${rate}× CPU: ${presses} presses each done`);
      } finally {
        await browser.close();
      }

      const cold = [];
      for (let i = 0; i < runs; i++) {
        const run = {};
        for (const s of i % 2 ? ['surveyjs', 'element'] : ['element', 'surveyjs']) {
          const fresh = await launch(profile());
          try {
            run[s] = await visit(fresh, url(s), rate);
          } finally {
            await fresh.close();
          }
        }
        cold.push(run);
      }
      log(`first question at ${rate}× CPU: cold cache, ${runs} runs done`);

      const keySummary = times => ({ ...summarize(times), p95: percentile(times, 0.95) });
      const element = keySummary(keyTimes.element);
      const surveyjs = keySummary(keyTimes.surveyjs);
      byRate[rate] = {
        warm: {
          element: collect(warm, 'element'),
          surveyjs: collect(warm, 'surveyjs'),
          classic: collect(warm, 'classic'),
          floor: collect(warm, 'floor'),
          // What the element adds to the floor, visit by visit (each run visits both, one after the other).
          overFloor: summarize(warm.map(v => v.element.sinceNavigation - v.floor.sinceNavigation)),
          ratio: ratios(warm, 'element', 'surveyjs'),
          classicRatio: ratios(warm, 'element', 'classic')
        },
        cold: {
          element: collect(cold, 'element'),
          surveyjs: collect(cold, 'surveyjs'),
          ratio: ratios(cold, 'element', 'surveyjs')
        },
        keys: {
          element,
          surveyjs,
          ratio: { median: surveyjs.median / element.median, p95: surveyjs.p95 / element.p95 }
        }
      };
    }
    return { chromium: version, runs, presses, rates: byRate };
  } finally {
    await server.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}
