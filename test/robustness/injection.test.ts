// Injection: a corpus of XSS payloads in every text field of a pack, in the host's prefilled text answer, in
// case-id and officer-id, in prefill keys and in the officer's decision reason. None may run (a page-level
// canary that every payload calls stays untouched), none may become markup (no script, img, svg… in the
// shadow DOM, no on* attribute, no javascript: link), and each must show literally, character for character.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';
import type { BailCheckRecord } from '../../src/record-types.js';
import { validatePack } from '../../src/pack/validate.js';
import { plainText } from '../../src/summary.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import { cleanup, mount, nextEvent, proceed, shadow, type, setUntyped } from '../helpers.js';
import { tick } from './support.js';

/** Each payload calls the canary with its own number, so a hit names the field it came from. */
const CORPUS: ((n: number) => string)[] = [
  n => `<script>__xss(${n})</script>`,
  n => `<img src=x onerror="__xss(${n})">`,
  n => `<svg onload=__xss(${n})>`,
  n => `<svg><script>__xss(${n})</script></svg>`,
  n => `javascript:__xss(${n})`,
  n => `"><img src=x onerror=__xss(${n})>`,
  n => `'><svg/onload=__xss(${n})>`,
  n => `" autofocus onfocus="__xss(${n})`,
  n => `\${__xss(${n})}`,
  n => `\`;__xss(${n});//`,
  n => `</style><style>*{background:url("javascript:__xss(${n})")}</style>`,
  n => `x{}*{color:red;behavior:url(#${n});background:expression(__xss(${n}))}`,
  n => `&lt;img src=x onerror=__xss(${n})&gt; &#60;script&#62;__xss(${n})&#60;/script&#62; &amp;amp;`,
  n => `\u202eevil ${n}\u202d gnp.exe \u2066isolated\u2069 \u200f`,
  n => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`,
  n => `<a href="javascript:__xss(${n})">click ${n}</a>`,
  n => `{{constructor.constructor('__xss(${n})')()}}`,
  n => `<!--><script>__xss(${n})</script>-->`,
  n => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n})>`,
  n => `<details open ontoggle=__xss(${n})>`,
  n => `<object data="javascript:__xss(${n})"></object>`,
  n => `<base href="javascript:__xss(${n})//">`
];

/** Keys whose string values are text a person reads (ids, codes and enums are restricted by the schema). */
const TEXT_KEYS = new Set(['en', 'cy', 'title', 'ref', 'url', 'law', 'agency', 'purpose', 'maps', 'notes']);
/** Text the element never shows: where a source lives, authors' mappings, notes for authors. */
const NEVER_SHOWN = /\.url$|\.maps$|^meta\./;
/** Outcome rows these runs do not choose (each run shows only the row it chose). */
const NOT_CHOSEN = /^outcomes\["pre-charge"\]\.default\.text|^outcomes\["post-charge"\]\.rows\[0\]\.text/;

interface Planted {
  path: string;
  payload: string;
}

/** The test pack with help on every question and section, meta texts, and a payload in every text field. */
function injectedPack(): { pack: unknown; planted: Planted[] } {
  const pack = testPack() as unknown as Record<string, unknown> & ReturnType<typeof testPack>;
  pack.meta = { description: { en: 'x', cy: 'x' }, notes: ['x', 'x'] };
  pack.sections.forEach(s => (s.help = { en: 'x', cy: 'x' }));
  pack.questions.forEach(q => {
    q.help = { en: 'x', cy: 'x' };
    q.maps = 'x';
  });
  pack.sources[0]!.url = 'x';
  const planted: Planted[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, v] of Object.entries(value)) {
      const at = Array.isArray(value)
        ? `${path}[${key}]`
        : /^[\w]+$/.test(key)
          ? `${path}.${key}`
          : `${path}["${key}"]`;
      const textual = TEXT_KEYS.has(key) || (Array.isArray(value) && TEXT_KEYS.has(path.split('.').pop()!));
      if (typeof v === 'string' && textual) {
        const payload = CORPUS[planted.length % CORPUS.length]!(planted.length);
        planted.push({ path: at.replace(/^\./, ''), payload });
        (value as Record<string, unknown>)[key] = payload;
      } else visit(v, at);
    }
  };
  visit(pack, '');
  return { pack, planted };
}

const ACTIVE = 'script, img, svg, iframe, object, embed, base';
let hits: number[] = [];
const canary = (n: number) => void hits.push(n);

/** What the officer can read now: the shadow root's text and every text field's value. */
function visible(el: BailSafeguardingCheck): string {
  const root = shadow(el);
  const fields = [...root.querySelectorAll('textarea')].map(t => t.value);
  return [root.textContent ?? '', ...fields].join('\n');
}

/** Nothing in the shadow DOM that a payload could have made: no active elements, handlers or script links. */
function markupProblems(el: BailSafeguardingCheck): string[] {
  const problems: string[] = [];
  const all = [...shadow(el).querySelectorAll('*')];
  for (const node of all) {
    if (/^(script|img|svg|iframe|object|embed|math|style|link|meta|base|mglyph)$/.test(node.localName))
      problems.push(`<${node.localName}>`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${node.localName}[${attr.name}]`);
      if (/javascript:|__xss/i.test(attr.value)) problems.push(`${node.localName}[${attr.name}="${attr.value}"]`);
    }
    if (node.localName === 'a' && !(node.getAttribute('href') ?? '#').startsWith('#')) problems.push('a[href]');
  }
  return problems;
}

/** Proceeds screen by screen to the end, collecting what is shown; on the decision, another outcome and a reason. */
async function walk(el: BailSafeguardingCheck, reason: string): Promise<{ seen: string; record: BailCheckRecord }> {
  const complete = nextEvent(el, 'bail-check-complete', 0);
  const seen: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < 30 && !shadow(el).querySelector('[part~="panel"]'); i++) {
    seen.push(visible(el));
    problems.push(...markupProblems(el));
    const stage = shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${Q.stage}"]`);
    if (stage.length && ![...stage].some(r => r.checked)) stage[0]!.click();
    const outcomes = shadow(el).querySelectorAll<HTMLInputElement>('input[name="_outcome"]');
    if (outcomes.length) {
      outcomes[1]!.click();
      await type(el, '_reason', reason);
    }
    await proceed(el);
  }
  const { detail: record } = await complete;
  await el.updateComplete; // the summary with the decision
  seen.push(visible(el));
  problems.push(...markupProblems(el));
  expect(problems, 'markup made from text').to.deep.equal([]);
  return { seen: seen.join('\n'), record };
}

describe('robustness: injection', () => {
  beforeEach(() => {
    hits = [];
    (window as unknown as { __xss: typeof canary }).__xss = canary;
  });
  afterEach(cleanup);

  it('has a canary that fires when a payload is parsed as HTML, and a check that sees the markup', async () => {
    const el = await mount(el => (el.rulePack = testPack()));
    const p = document.createElement('p');
    shadow(el).append(p);
    p.innerHTML = CORPUS[1]!(7) + CORPUS[2]!(8);
    await waitUntil(() => hits.includes(7), 'the planted <img onerror> never ran', { timeout: 30_000 });
    expect(markupProblems(el)).to.include.members(['<img>', 'img[onerror]', '<svg>', 'svg[onload]']);
  });

  it(`places ${CORPUS.length} kinds of payload in every text field of a valid pack`, () => {
    const { pack, planted } = injectedPack();
    const result = validatePack(pack);
    expect(result.ok, JSON.stringify(result.ok || result.errors)).to.equal(true);
    expect(planted.length).to.be.greaterThan(60);
    expect(new Set(planted.map(p => p.payload)).size).to.equal(planted.length);
  });

  it('runs none and shows each literally, in English and in Welsh, in the shadow DOM and in the record', async function () {
    this.timeout(180_000);
    const { pack, planted } = injectedPack();
    const n = planted.length;
    const hostText = CORPUS[1]!(n);
    const hostTextCy = CORPUS[14]!(n + 1);
    const caseId = CORPUS[0]!(n + 2);
    const officerId = CORPUS[5]!(n + 3);
    const reason = CORPUS[13]!(n + 4) + CORPUS[2]!(n + 4);
    const badKey = CORPUS[3]!(n + 5);
    const errors: string[] = [];
    const activeBefore = document.querySelectorAll(ACTIVE).length; // the test runner's own scripts

    // English, before charge: every rule fires, the risk-assessment gap opens, all answers from the host.
    const english = await mount(el => {
      setUntyped(el, 'rulePack', pack);
      el.setAttribute('case-id', caseId);
      el.setAttribute('officer-id', officerId);
      el.addEventListener('bail-check-error', e => errors.push(e.detail.message));
      el.prefill = {
        [Q.stage]: 'pre-charge',
        [Q.onBail]: 'yes',
        [Q.sameVictim]: 'yes',
        [Q.strangulation]: 'yes',
        [Q.level]: 'not-done',
        [Q.views]: hostText,
        [badKey]: 'yes'
      };
    });
    const a = await walk(english, reason);
    cleanup();

    // Welsh, after charge: the bail gap opens instead, and the other stage's outcomes show.
    const welsh = await mount(el => {
      setUntyped(el, 'rulePack', pack);
      el.setAttribute('lang', 'cy');
      el.setAttribute('stage', 'post-charge');
      el.prefill = { [Q.onBail]: 'unknown', [Q.strangulation]: 'no', [Q.level]: 'standard', [Q.views]: hostTextCy };
    });
    const b = await walk(welsh, reason);
    cleanup();

    // Welsh, the stage asked: its options and help, and the follow-up question the second run never asks.
    const asked = await mount(el => {
      setUntyped(el, 'rulePack', pack);
      el.setAttribute('lang', 'cy');
      el.prefill = {
        [Q.onBail]: 'yes',
        [Q.sameVictim]: 'yes',
        [Q.strangulation]: 'no',
        [Q.level]: 'standard',
        [Q.views]: hostText
      };
    });
    const c = await walk(asked, reason);
    cleanup();
    const d = visible(await mount(el => setUntyped(el, 'rulePack', pack))); // and in English
    await tick(200); // an <img onerror> would have fired by now

    expect(hits, 'payloads that ran').to.deep.equal([]);
    expect(document.querySelectorAll(ACTIVE).length, 'light DOM').to.equal(activeBefore);
    const seen = [a.seen, b.seen, c.seen, d].join('\n');
    const missing = planted
      .filter(p => !NEVER_SHOWN.test(p.path) && !NOT_CHOSEN.test(p.path))
      .filter(p => !seen.includes(p.payload))
      .map(p => p.path);
    expect(missing, 'pack texts not shown literally').to.deep.equal([]);
    for (const text of [hostText, hostTextCy, caseId]) expect(seen, text).to.contain(text);
    // The reason is shown only in the summary, which keeps no invisible character (bidi overrides become spaces).
    expect(seen, reason).to.contain(plainText(reason));

    // The record carries them as data, unchanged; the summary for the custody record as plain text.
    const record = a.record;
    expect([record.caseId, record.officerId, record.decision?.reason]).to.deep.equal([caseId, officerId, reason]);
    expect(record.answers.find(x => x.question === Q.views)?.value).to.equal(hostText);
    expect(b.record.answers.find(x => x.question === Q.views)?.value).to.equal(hostTextCy);
    const payloads = new Set(planted.map(p => p.payload));
    const texts = [
      ...record.indicators.map(x => x.text),
      ...record.grounds.flatMap(x => [x.text, x.law]),
      ...record.actions.flatMap(x => [x.text, x.agency]),
      ...record.conditions.flatMap(x => [x.text, x.purpose]),
      ...record.informationGaps.map(x => x.text),
      ...record.rationale.map(x => x.text)
    ];
    expect(texts.length).to.be.greaterThan(12);
    expect(
      texts.filter(t => !payloads.has(t)),
      'record texts changed'
    ).to.deep.equal([]);
    // The summary carries each as plain text (on one line, nothing invisible: bidi overrides become spaces).
    for (const t of [...record.indicators.map(x => x.text), caseId, officerId, reason])
      expect(record.summaryText).to.contain(plainText(t));

    // A payload as a prefill key is counted in the error, never repeated: the host logs only what the pack names.
    expect(errors.length).to.equal(1);
    expect(errors[0]).not.to.contain(badKey);
    expect(errors[0]).to.contain('1 unknown key(s)');
  });
});
