// What leaves the element: every request the page makes during a whole assessment (by any route, and as the
// browser's resource timing saw it), everything written to the console, what the record says about the
// browser and the machine, and what IndexedDB holds after completion and after the draft time to live.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { define, type BailSafeguardingCheck } from '../../components/element.js';
import { freshPage, servePack, testPackText, uniqueCase, wipeStorage } from '../element-storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import { serverKey } from '../storage/support.js';
import { answerInTurn, choose, cleanup, completeAssessment, heading, mount, proceed, type } from '../helpers.js';
import { everythingStored, tick, watchConsole, watchNetwork } from './support.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
}

/** Things a record could give away about the browser or the machine it was made on. */
function machineFacts(): string[] {
  const facts = [
    navigator.userAgent,
    ...navigator.userAgent.split(/[\s/();,]+/).filter(w => w.length > 4 && !/^\d/.test(w)),
    navigator.platform,
    location.host,
    location.origin,
    document.title,
    `${screen.width}x${screen.height}`,
    `${screen.width}×${screen.height}`,
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...navigator.languages.filter(l => l !== 'en' && l !== 'cy'),
    'http:',
    'https:',
    'file:'
  ];
  return [...new Set(facts.filter(f => f && f.length > 2))];
}

describe('robustness: what leaves the element', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('requests only rules-src and its signature during a whole assessment, and writes nothing to the console', async function () {
    this.timeout(120_000);
    const served = await servePack({ body: testPackText('1.0.0'), signature: 'valid' });
    const key = await serverKey();
    const network = watchNetwork();
    const output = watchConsole();
    try {
      const el = await mount(el => {
        el.setAttribute('rules-src', served.url);
        el.rulesPublicKey = key;
        el.setAttribute('case-id', uniqueCase());
        el.setAttribute('officer-id', 'PS 1');
        el.prefill = { [Q.views]: 'Frightened of him', 'x-unknown': 'yes' };
      });
      await waitUntil(() => heading(el) === 'Test pack 1.0.0', 'the served pack is not used', { timeout: 30_000 });
      await completeAssessment(el);
      el.reset();
      await el.updateComplete;
      await completeAssessment(el);
      await tick(300);
      const pack = new URL(served.url, location.href).href;
      // The element's own code loads from the page's origin too (the validator, on demand, for the new pack, unless
      // this test's own imports loaded it first): modules of this project or its dependencies, nothing else.
      const ownCode = (url: string) =>
        new URL(url).origin === location.origin && /\.(ts|js)$/.test(new URL(url).pathname);
      expect(
        network
          .requests()
          .filter(url => !ownCode(url))
          .sort()
      ).to.deep.equal([pack, `${pack}.sig`]);
      expect(
        network
          .requests()
          .filter(ownCode)
          .map(url => new URL(url).pathname)
          .filter(path => !/^\/(src|components|node_modules|__web-dev-server__)\//.test(path))
      ).to.deep.equal([]);
      expect(output.calls).to.deep.equal([]);
    } finally {
      output.stop();
      network.stop();
    }
  });

  it('sees requests by every route it watches (so the test above could fail)', async () => {
    const network = watchNetwork();
    try {
      await fetch('/__robustness/fetch').catch(() => undefined);
      navigator.sendBeacon('/__robustness/beacon', 'x');
      expect(() => new WebSocket('ws://127.0.0.1:1/')).to.throw();
      document.createElement('img').src = '/__robustness/pixel.gif';
      const xhr = new XMLHttpRequest();
      xhr.open('GET', '/__robustness/xhr');
      const expected = [
        '/__robustness/fetch',
        '/__robustness/beacon',
        '/',
        '/__robustness/pixel.gif',
        '/__robustness/xhr'
      ];
      const seen = () => network.requests().map(u => new URL(u).pathname);
      // The image's request is reported when the browser gets to it: wait for it, not for a time.
      await waitUntil(() => expected.every(path => seen().includes(path)), 'a route went unseen', { timeout: 30_000 });
      expect(seen()).to.include.members(expected);
    } finally {
      network.stop();
    }
  });

  it('warns once, naming only the tag, when another script already holds the tag name (the one intended message)', async () => {
    const tag = `bsc-taken-${crypto.randomUUID().slice(0, 8)}`;
    customElements.define(tag, class extends HTMLElement {});
    const output = watchConsole();
    try {
      define(tag);
      define(tag);
    } finally {
      output.stop();
    }
    expect(output.calls.map(c => c.method)).to.deep.equal(['warn', 'warn']);
    expect(String(output.calls[0]!.args[0])).to.equal(
      `bail-safeguarding: <${tag}> is already defined by another script; keeping that one.`
    );
  });

  it('records the answers and the decision, and nothing about the browser or the machine', async () => {
    const caseId = uniqueCase();
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('case-id', caseId);
      el.setAttribute('officer-id', 'PS 1234');
      el.setAttribute('lang', 'en-GB');
      el.prefill = { [Q.strangulation]: 'yes', [Q.views]: 'She is frightened of him' };
    });
    await choose(el, Q.stage, 'post-charge');
    await proceed(el);
    await choose(el, Q.onBail, 'no');
    await proceed(el);
    const { detail: record } = await completeAssessment(el);
    expect(Object.keys(record).sort()).to.deep.equal(
      [
        'schemaVersion',
        'caseId',
        'officerId',
        'stage',
        'lang',
        'startedAt',
        'completedAt',
        'rulePack',
        'riskLevel',
        'indicators',
        'outcome',
        'grounds',
        'actions',
        'conditions',
        'informationGaps',
        'rationale',
        'answers',
        'decision',
        'summaryText',
        'integrity'
      ].sort()
    );
    expect(record.lang).to.equal('en');
    expect(record.answers.map(a => [a.question, a.value, a.source])).to.deep.equal([
      [Q.stage, 'post-charge', 'officer'],
      [Q.onBail, 'no', 'officer'],
      [Q.strangulation, 'yes', 'host'],
      [Q.level, 'standard', 'officer'],
      [Q.views, 'She is frightened of him', 'host']
    ]);
    expect(record.decision).to.include({ outcome: record.outcome.recommended, agreesWithRecommendation: true });
    const times = strings(record).filter(([path]) => /(At|\.at)$/.test(path));
    expect(times.length).to.equal(8);
    for (const [path, time] of times) expect(time, path).to.match(ISO);
    const json = JSON.stringify(record);
    for (const fact of machineFacts()) expect(json, 'the record names the machine').not.to.contain(fact);
    expect(json).not.to.match(/[+-]\d{2}:\d{2}"/); // no local offsets: every time is UTC
    expect(el.recommendation).to.deep.equal(record);
  });

  it('leaves no answer in any IndexedDB database after completion', async () => {
    const caseId = uniqueCase();
    const marker = `words-${crypto.randomUUID()}`;
    const reason = `reason-${crypto.randomUUID()}`;
    const el = await mount(el => {
      el.rulePack = testPack();
      el.setAttribute('case-id', caseId);
      el.setAttribute('officer-id', 'PS 77');
    });
    await answerInTurn(el, [
      [Q.stage, 'pre-charge'],
      [Q.onBail, 'yes'],
      [Q.sameVictim, 'no'],
      [Q.strangulation, 'no'],
      [Q.level, 'standard'],
      [Q.views, marker]
    ]);
    await proceed(el); // check answers
    await proceed(el); // the recommendation
    await choose(el, '_outcome', 'release-under-investigation');
    await type(el, '_reason', reason);
    await waitUntil(async () => (await everythingStored()).includes(reason), 'the reason was never saved', {
      timeout: 30_000
    });
    await proceed(el);
    await waitUntil(async () => !(await everythingStored()).includes(marker), 'answers left behind', {
      timeout: 30_000
    });
    const all = await everythingStored();
    for (const personal of [marker, reason, caseId, 'PS 77']) expect(all).not.to.contain(personal);
  });

  it('leaves no answer after the draft time to live, even when the next page keeps drafts longer', async function () {
    this.timeout(120_000);
    const [expired, next] = [uniqueCase(), uniqueCase()];
    const marker = `words-${crypto.randomUUID()}`;
    const page = await freshPage();
    const el: BailSafeguardingCheck = await page.mount(el => {
      el.rulePack = testPack();
      el.setAttribute('case-id', expired);
      el.setAttribute('draft-ttl', '0.0002'); // 0.72 s
      el.prefill = { [Q.views]: marker };
    });
    await choose(el, Q.stage, 'pre-charge');
    await proceed(el);
    await waitUntil(async () => (await everythingStored()).includes(marker), 'no draft saved', { timeout: 30_000 });
    page.close(); // the browser is closed mid-assessment
    await tick(1000);
    // The next page, another case, the default time to live (12 hours).
    const later = await freshPage();
    await later.mount(el => {
      el.rulePack = testPack();
      el.setAttribute('case-id', next);
    });
    await waitUntil(async () => !(await everythingStored()).includes(marker), 'an expired draft outlived its TTL', {
      timeout: 30_000
    });
    expect(await everythingStored()).not.to.contain(expired);
    later.close();
  });
});
