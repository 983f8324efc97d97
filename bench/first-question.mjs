// First question interactive: the element (dist/bail-safeguarding.js, bundled default pack) against
// SurveyJS rendering the same questionnaire, in headless Chromium from the machine (scripts/browsers.mjs).
//   warm: one browser profile, each page visited three times first, so the HTTP cache and V8's code
//         cache hold both libraries; then `runs` visits of each, alternating.
//   cold: a new browser with a new, empty profile for every visit.
// The pages time themselves with performance.now() (bench/pages/measure.js).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browsers.mjs';
import { packToSurvey } from './pack-to-surveyjs.mjs';
import { CACHE_DIR, ROOT, startServer } from './server.mjs';
import { summarize } from './stats.mjs';

export const SUBJECTS = { element: 'element.html', surveyjs: 'surveyjs.html' };
const FIELDS = ['load', 'firstQuestion', 'toNextFrame', 'sinceNavigation'];

/** Writes the default pack, converted, where the SurveyJS page imports it from. */
export function writeSurveyQuestionnaire(pack) {
  const { survey, unexpressed } = packToSurvey(pack);
  mkdirSync(join(ROOT, CACHE_DIR), { recursive: true });
  writeFileSync(join(ROOT, CACHE_DIR, 'surveyjs-questionnaire.js'), `export default ${JSON.stringify(survey)};\n`);
  return { questions: survey.pages.reduce((n, p) => n + p.elements.length, 0), unexpressed };
}

async function launch(userDataDir) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (see scripts/browsers.mjs; or set CHROME_PATH)');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, userDataDir });
}

async function visit(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(url);
    await page.waitForFunction('window.benchResult', { timeout: 30_000 });
    if (errors.length) throw new Error(errors[0]);
    return await page.evaluate('window.benchResult');
  } catch (e) {
    throw new Error(`${url}: ${errors[0] ?? e.message}`);
  } finally {
    await page.close();
  }
}

const collect = (visits, subject) =>
  Object.fromEntries(FIELDS.map(f => [f, summarize(visits.map(v => v[subject][f]))]));

/** Medians and spreads per subject and field, warm and cold, and the ratio SurveyJS / element. */
export async function benchFirstQuestion({ runs = 15, log = () => {} } = {}) {
  const server = await startServer();
  const url = subject => `${server.origin}/bench/pages/${SUBJECTS[subject]}`;
  const profiles = [];
  const profile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
    profiles.push(dir);
    return dir;
  };
  let version;
  try {
    const warm = [];
    const browser = await launch(profile());
    version = await browser.version();
    try {
      for (let i = 0; i < 3; i++) for (const s of Object.keys(SUBJECTS)) await visit(browser, url(s));
      for (let i = 0; i < runs; i++) {
        const run = {};
        // Alternate which goes first, so neither always follows the other.
        for (const s of i % 2 ? ['surveyjs', 'element'] : ['element', 'surveyjs'])
          run[s] = await visit(browser, url(s));
        warm.push(run);
      }
    } finally {
      await browser.close();
    }
    log(`first question: warm cache, ${runs} runs done`);

    const cold = [];
    for (let i = 0; i < runs; i++) {
      const run = {};
      for (const s of i % 2 ? ['surveyjs', 'element'] : ['element', 'surveyjs']) {
        const fresh = await launch(profile());
        try {
          run[s] = await visit(fresh, url(s));
        } finally {
          await fresh.close();
        }
      }
      cold.push(run);
    }
    log(`first question: cold cache, ${runs} runs done`);

    const summary = visits => {
      const element = collect(visits, 'element');
      const surveyjs = collect(visits, 'surveyjs');
      // The ratio of each run's pair, then its median: both measured under the same conditions.
      const ratio = Object.fromEntries(
        FIELDS.map(f => [f, summarize(visits.map(v => v.surveyjs[f] / Math.max(v.element[f], 0.001)))])
      );
      return { element, surveyjs, ratio };
    };
    return { chromium: version, runs, warm: summary(warm), cold: summary(cold) };
  } finally {
    await server.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}
