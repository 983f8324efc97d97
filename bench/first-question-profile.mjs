// Where the element's first-question time goes: Chromium's CPU profiler over warm visits of the
// element page, each sample's function mapped through dist/bail-safeguarding.js.map to the module it
// came from (grouped as in the size attribution: lit, zod, idb, each of our files). The profile covers
// the whole visit (module compile and run, connection, first render), not only connect → interactive:
// the profiler's clock cannot be lined up with the page's performance.now().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browsers.mjs';
import { BUNDLE_FILE } from '../scripts/size.mjs';
import { categoryOf, decodeMappings, groupOf } from './attribution.mjs';
import { ROOT, startServer } from './server.mjs';

/** (line, column) in the bundle → the group of the source module there, by the nearest segment before. */
function locator() {
  const map = JSON.parse(readFileSync(join(ROOT, `${BUNDLE_FILE}.map`), 'utf8'));
  const lines = decodeMappings(map.mappings);
  const base = join(ROOT, 'dist');
  return (line, column) => {
    const segments = lines[line] ?? [];
    let found = -1;
    for (const [col, source] of segments) {
      if (col > column) break;
      if (source !== -1) found = source;
    }
    return found === -1 ? '(bundle, unmapped)' : groupOf(map.sources[found], base);
  };
}

/** Self time (ms, summed over `visits` warm visits) per module group and per category. */
export async function profileFirstQuestion({ visits = 5 } = {}) {
  const server = await startServer();
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const locate = locator();
  const groups = new Map();
  let total = 0;
  try {
    const url = `${server.origin}/bench/pages/element.html`;
    for (let i = 0; i < visits + 2; i++) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url);
      await page.waitForFunction('window.benchResult', { timeout: 30_000 });
      const { profile } = await cdp.send('Profiler.stop');
      await page.close();
      if (i < 2) continue; // the first two visits warm the HTTP and code caches
      const byId = new Map(profile.nodes.map(node => [node.id, node]));
      profile.samples.forEach((id, k) => {
        const { callFrame } = byId.get(id);
        const ms = (profile.timeDeltas[k] ?? 0) / 1000;
        let group;
        if (callFrame.url.endsWith(`/${BUNDLE_FILE}`)) group = locate(callFrame.lineNumber, callFrame.columnNumber);
        else if (callFrame.url.includes('/bench/pages/')) group = '(benchmark page)';
        else if (callFrame.url) group = '(other script)';
        else group = callFrame.functionName || '(anonymous)'; // (program), (garbage collector), (idle), native
        if (group === '(idle)') return;
        groups.set(group, (groups.get(group) ?? 0) + ms);
        total += ms;
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const perVisit = entries =>
    [...entries].map(([group, ms]) => ({ group, ms: ms / visits })).sort((a, b) => b.ms - a.ms);
  const categories = new Map();
  for (const [group, ms] of groups) {
    const category = categoryOf(group);
    categories.set(category, (categories.get(category) ?? 0) + ms);
  }
  return { visits, totalMs: total / visits, categories: perVisit(categories), groups: perVisit(groups) };
}
