// A Welsh-speaking sergeant's whole path through the review's own case (demo/cases/sandwell-review.json: the host
// prefills what the custody system holds, the officer answers the rest from the answer key, in Welsh): every
// screen, the summary and the record's texts hold none of the English words of the pack's agencies, purposes and
// laws or of the interface's labels; the yes/no buttons carry the words each question's verb takes; axe finds
// nothing at any step. Then the words and times a Welsh screen is made of, one by one.
import { expect } from '@open-wc/testing';
import type { BailSafeguardingCheck } from '../../components/element.js';
import review from '../../demo/cases/sandwell-review.json';
import { defaultPack } from '../../src/default-pack.js';
import { NOT_ANSWERED, NOT_ASKED } from '../../src/engine.js';
import type { BailCheckRecord } from '../../src/record-types.js';
import { stringsFor } from '../../src/strings.js';
import { answerWords, localise } from '../../src/text.js';
import { formatTime } from '../../src/time.js';
import { cleanup, heading, labelText, mount, nextEvent, shadow } from '../helpers.js';
import { wipeStorage } from '../element-storage/support.js';
import { REVIEW_PREFILL } from './review-case.js';

/** What the officer types into the one free-text question, in Welsh (the case file has it in English). */
const VIEWS_CY =
  "Mae hi am aros yn ei chartref gyda'i mab. Mae hi am iddo gael ei gadw draw o'r tŷ a'r feithrinfa. Mae ofn arni beth y bydd yn ei wneud pan gaiff ei ryddhau.";

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Every string in a value: a string table's entries (its functions called); of a pack, the texts in one language
 * and the references shown beside them (para 4.2, s.3(6)), not its codes and addresses, which no screen shows as words.
 */
function stringsIn(value: unknown, lang?: 'en' | 'cy', key = ''): string[] {
  if (typeof value === 'string') return !lang || key === 'ref' ? [value] : [];
  if (typeof value === 'function') return stringsIn((value as (...a: string[]) => unknown)('1', '2', '3'), lang);
  if (typeof value !== 'object' || value === null) return [];
  if (lang && typeof (value as { en?: unknown }).en === 'string') {
    const text = (value as Record<string, string>)[lang];
    return text ? [text] : [];
  }
  return Object.entries(value).flatMap(([k, v]) => stringsIn(v, lang, k));
}

/**
 * The English words that must not reach a Welsh screen: those of the pack's agencies, purposes, laws and
 * proportionality notes, of the interface's English string table and of the engine's own labels, less any word
 * the Welsh uses too (PACE, MARAC, para, Enter, 24…).
 */
function englishWords(): Set<string> {
  const cat = defaultPack.catalogue;
  const english = [
    ...Object.values(cat.actions).map(a => a.agency.en),
    ...Object.values(cat.conditions).flatMap(c => [c.purpose.en, c.proportionality?.en ?? '']),
    ...Object.values(cat.grounds).map(g => g.law.en),
    ...stringsIn(stringsFor('en')),
    ...stringsFor('en').yesNo('ie'),
    NOT_ANSWERED,
    NOT_ASKED
  ];
  const welsh = new Set([...stringsIn(defaultPack, 'cy'), ...stringsIn(stringsFor('cy'))].flatMap(words));
  return new Set(english.flatMap(words).filter(w => w.length > 1 && !welsh.has(w)));
}

const ENGLISH = englishWords();

/**
 * The English words in Welsh text, once the names that are the same in both languages are taken out: the titles of
 * sources published only in English (the pack gives them in English alone), the pack's id and hash and the case's
 * references.
 */
function englishIn(text: string): string[] {
  let rest = text;
  for (const s of defaultPack.sources) if (!s.title.cy) rest = rest.split(s.title.en).join(' ');
  for (const name of [defaultPack.id, review.custody.reference, review.custody.officerId])
    rest = rest.split(name).join(' ');
  // A hash's hex digits spell no words (7a2be8…: not "be").
  rest = rest.replace(/\b[0-9a-f]{8,64}\b/g, ' ');
  return [...new Set(words(rest).filter(w => ENGLISH.has(w)))];
}

/** The text a sergeant sees on the screen: the element's frame, its form fields' values included. */
function screenText(el: Element): string {
  const frame = shadow(el).querySelector('.frame');
  const values = [...shadow(el).querySelectorAll('textarea')].map(t => t.value);
  return [frame?.textContent ?? '', ...values].join(' ').replace(/\s+/g, ' ');
}

/** The record's texts: everything in it a person reads. */
const recordTexts = (r: BailCheckRecord) => [
  ...r.indicators.map(i => i.text),
  ...r.grounds.flatMap(g => [g.text, g.law]),
  ...r.actions.flatMap(a => [a.text, a.agency]),
  ...r.conditions.flatMap(c => [c.text, c.purpose, c.proportionality ?? '']),
  ...r.informationGaps.map(g => g.text),
  ...r.rationale.map(x => x.text),
  r.summaryText
];

/** The visible label of each option of a question on the screen, by value. */
function optionLabels(el: Element, id: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const input of shadow(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${id}"]`))
    // The label's words, without the key that picks the option (Y, N, K: the same in both languages).
    labels[input.value] = labelText(input.closest('label')!);
  return labels;
}

describe('<bail-safeguarding-check>: the review case in Welsh, start to summary', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('shows no English word of the agencies, purposes, laws or labels on any screen or in the record, answers in the Welsh of each question, and is accessible at every step', async function () {
    this.timeout(180_000);
    expect(ENGLISH.size, 'the list of English words').to.be.greaterThan(100);
    for (const word of [
      'police',
      'probation',
      'officer',
      'prevent',
      'offences',
      'witnesses',
      'asked',
      'answered',
      'yes'
    ])
      expect(ENGLISH.has(word), word).to.equal(true);

    const answers: Record<string, string> = { ...review.answerKey, 'victim.views': VIEWS_CY };
    const el: BailSafeguardingCheck = await mount(el => {
      el.setAttribute('lang', 'cy');
      el.setAttribute('stage', review.stage);
      el.setAttribute('case-id', review.custody.reference);
      el.setAttribute('officer-id', review.custody.officerId);
      el.prefill = REVIEW_PREFILL;
    });
    await nextEvent(el, 'bail-check-ready').catch(() => undefined);
    const done = nextEvent(el, 'bail-check-complete', 0);

    const seen: string[] = [];
    const buttons: Record<string, Record<string, string>> = {};
    for (let step = 0; step < 80 && !shadow(el).querySelector('[part~="panel"]'); step++) {
      await el.updateComplete;
      seen.push(heading(el));
      expect(englishIn(screenText(el)), `English on "${heading(el)}"`).to.deep.equal([]);
      await expect(el).to.be.accessible();

      for (const field of shadow(el).querySelectorAll<HTMLElement>('fieldset.q[data-q]')) {
        const id = field.dataset['q']!;
        const radios = [...field.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        if (radios.length) buttons[id] = optionLabels(el, id);
        const area = field.querySelector('textarea');
        if (radios.some(r => r.checked) || (area && area.value)) continue; // the host's answer, or given already
        const value = answers[id];
        expect(value, `the case has an answer to ${id}`).to.be.a('string');
        if (area) {
          area.value = value!;
          area.dispatchEvent(new Event('change', { bubbles: true }));
        } else radios.find(r => r.value === value)!.click();
      }
      const decision = shadow(el).querySelector<HTMLInputElement>('input[name="_outcome"]');
      if (decision && !shadow(el).querySelector('input[name="_outcome"]:checked')) decision.click();
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
    }
    const record = (await done).detail;
    await el.updateComplete;

    // The last screen, the summary and every text of the record.
    expect(heading(el)).to.equal('Penderfyniad wedi ei gofnodi');
    expect(englishIn(screenText(el)), 'English on the last screen').to.deep.equal([]);
    await expect(el).to.be.accessible();
    expect(record.lang).to.equal('cy');
    expect(record.rulePack.welsh).to.equal('awaiting-review');
    expect(record.riskLevel).to.equal(review.expectedRisk);
    for (const text of recordTexts(record)) expect(englishIn(text), text).to.deep.equal([]);
    expect(record.summaryText).to.contain('Gwrthod mechnïaeth').and.contain('Deddf Mechnïaeth 1976');
    // The whole path was walked: the section screens, the check, the recommendation and the decision.
    expect(seen).to.include.members(['Gwiriwch eich atebion', 'Argymhelliad', 'Eich penderfyniad']);

    // Each yes/no question answered in its own words; the keys stay Y, N and K.
    const pair = (id: string) => [buttons[id]?.['yes'], buttons[id]?.['no'], buttons[id]?.['unknown']];
    expect(pair('suspect.violent-history')).to.deep.equal(['Oes', 'Nac oes', 'Ddim yn hysbys']);
    expect(pair('suspect.on-bail')).to.deep.equal(['Ydy', 'Nac ydy', 'Ddim yn hysbys']);
    expect(pair('abuse.injury')).to.deep.equal(['Do', 'Naddo', 'Ddim yn hysbys']);
    expect(pair('offence.imprisonable')).to.deep.equal(['Gellir', 'Na ellir', 'Ddim yn hysbys']);
    expect(pair('relationship.separation')).to.deep.equal(['Ydyn', 'Nac ydyn', 'Ddim yn hysbys']);
    expect(pair('children.protection-plan'), 'named in the pack').to.deep.equal(['Ydyn', 'Nac ydyn', 'Ddim yn hysbys']);
    for (const [id, labels] of Object.entries(buttons))
      if (defaultPack.questions.find(q => q.id === id)?.type === 'tri')
        expect(['Yes', 'Ie'], id).not.to.include(labels['yes']);
  });

  it('says on the start screen, in Welsh, that the keys stay Y, N and K', async () => {
    const el = await mount(el => el.setAttribute('lang', 'cy'));
    await nextEvent(el, 'bail-check-ready').catch(() => undefined);
    await el.updateComplete;
    expect(screenText(el)).to.contain("Bysellau (yr un rhai â'r Saesneg): Y ie (Oes, Ydy, Do…), N na (Nac oes");
  });
});

describe('the words of a Welsh screen', () => {
  it("reads each yes/no question's answer words from its Welsh verb, or from the pack where the verb misleads", () => {
    const words = (id: string) => answerWords(defaultPack.questions.find(q => q.id === id)!);
    expect(words('evidence.sufficient-to-charge')).to.equal('oes');
    expect(words('suspect.under-18')).to.equal('ydy');
    expect(words('relationship.separation')).to.equal('ydyn');
    expect(words('offence.imprisonable')).to.equal('gellir');
    expect(words('abuse.injury')).to.equal('do');
    expect(words('case.other-force-area'), 'plural subject, named in the pack').to.equal('ydyn');
    const bare = { id: 'x', section: 's', type: 'tri', text: { en: 'So?', cy: 'Felly?' } } as const;
    expect(answerWords(bare), 'no verb the rule knows').to.equal('ie');
    expect(answerWords({ ...bare, text: { en: 'Was it asked?' } }), 'no Welsh').to.equal('ie');
    expect(stringsFor('cy').yesNo('ie')).to.deep.equal(['Ie', 'Na']);
    expect(stringsFor('en').yesNo('oes')).to.deep.equal(['Yes', 'No']);
  });

  it("gives a statute its Welsh title and keeps a report's one name", () => {
    const source = (id: string) => defaultPack.sources.find(s => s.id === id)!.title;
    expect(localise(source('bail-act-s7'), 'cy')).to.equal('Deddf Mechnïaeth 1976 a.7(3), (4)');
    expect(localise(source('bail-act-s7'), 'en')).to.equal('Bail Act 1976 s.7(3), (4)');
    expect(localise(source('hmicfrs-2021'), 'cy')).to.equal(localise(source('hmicfrs-2021'), 'en'));
  });

  it('formats times on the UK clock in numbers, whatever the browser and its zone', () => {
    const summer = '2025-07-14T02:40:00Z';
    // 02:40 UTC is 03:40 BST in July and 02:40 GMT in January.
    expect(formatTime(summer, Date.parse('2025-07-14T20:00:00Z'))).to.equal('03:40');
    expect(formatTime('2025-01-14T02:40:00Z', Date.parse('2025-01-14T20:00:00Z'))).to.equal('02:40');
    expect(formatTime('2025-03-30T01:00:00Z', Date.parse('2025-03-30T12:00:00Z')), 'as the clocks go forward').to.equal(
      '02:00'
    );
    // Late at night on the UK clock is still the same day there, whatever UTC says.
    expect(formatTime('2025-07-14T23:30:00Z', Date.parse('2025-07-15T08:00:00Z'))).to.equal('00:30');
    expect(formatTime(summer, Date.parse('2025-07-16T12:00:00Z'))).to.equal('14/07/2025, 03:40');
    expect(formatTime('not a time')).to.equal('not a time');
  });
});
