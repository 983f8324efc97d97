import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { verifyRecord } from '../../src/core.js';
import { localise } from '../../src/text.js';
import { caseById, finalAnswers, REVIEW_CASE_ID } from '../../demo/cases/index.js';
import { heading, nextEvent, shadow } from '../helpers.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import { $, chooseFile, completeCheck, mountPage, startCase, unmountPage, until, wipeDrafts } from './demo-fixture.js';

const review = caseById(REVIEW_CASE_ID)!;

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The record of the newest log entry of that type, parsed from the JSON the log shows. */
function loggedDetail(root: HTMLElement, type: string): unknown {
  const entry = root.querySelector(`.event-log li[data-event="${type}"] pre`);
  return entry ? JSON.parse(entry.textContent ?? '') : undefined;
}

describe('demo page: the custody screen around the element', function () {
  // axe over the whole page takes seconds on a busy machine.
  this.timeout(120_000);
  beforeEach(wipeDrafts);
  afterEach(unmountPage);

  it('shows the custody record header of the review’s case, marked as training data, over the embedded element', async () => {
    const { root, app } = await mountPage();
    const header = $(root, '.custody-header');
    expect($(header, 'h1').textContent).to.contain(review.custody.reference);
    expect(texts(header, '.record-strip dt')).to.deep.equal([
      'Custody reference',
      'Detainee',
      'Date of birth',
      'Offence',
      'Arrested',
      'Custody officer'
    ]);
    expect(header.textContent).to.contain('Dean HOLLOWAY (fictional)').and.contain('14 Mar 2025, 02:10');
    expect($(header, '.training-flag').textContent).to.match(/fictional/);
    // Embedded as a vendor would: attributes and the prefill property, inside the page's check section.
    const el = app.element;
    expect(el.closest('section.check')).to.not.equal(null);
    expect(el.getAttribute('case-id')).to.equal(review.custody.reference);
    expect(el.getAttribute('officer-id')).to.equal(review.custody.officerId);
    expect(el.getAttribute('stage')).to.equal('post-charge');
    expect(el.prefill).to.deep.equal(review.prefill);
    expect(texts(root, '.case .narrative p')).to.have.length(review.narrative.length);
    // …and the page shows that embedding as the code a vendor writes.
    const snippet = $(root, '.embed-snippet pre').textContent ?? '';
    expect(snippet).to.contain(`case-id="${review.custody.reference}"`).and.contain('stage="post-charge"');
    expect(snippet).to.contain('"suspect.on-bail": "yes"').and.contain("addEventListener('bail-check-complete'");
  });

  it('has one h1 and headings that never skip a level', async () => {
    const { root } = await mountPage();
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
    expect(levels[0]).to.equal(1);
    expect(levels.filter(l => l === 1)).to.have.length(1);
    levels.forEach((level, i) => {
      if (i) expect(level, `heading ${i}`).to.be.at.most(levels[i - 1]! + 1);
    });
  });

  it('passes the same axe checks as the element', async () => {
    await mountPage();
    await expect(document.body).to.be.accessible();
  });

  it('labels every control on the page', async () => {
    const { root } = await mountPage();
    for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      expect(control.labels?.length, control.id).to.be.at.least(1);
      expect(control.labels![0]!.textContent?.trim(), control.id).to.not.equal('');
    }
    for (const button of root.querySelectorAll('button'))
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).to.not.equal('');
  });
});

describe('demo page: the review’s case from start to finish', function () {
  // A whole assessment: some forty answers, each re-evaluated, recorded and logged.
  this.timeout(180_000);
  beforeEach(wipeDrafts);
  afterEach(unmountPage);

  it('runs the review’s case end to end; the host gets the final record, the explain view says why, and it verifies', async () => {
    const { root, app } = await mountPage('free-mode');
    await startCase(root, REVIEW_CASE_ID);
    const el = app.element;
    expect(el.getAttribute('case-id')).to.equal(review.custody.reference);
    const record = await completeCheck(el, finalAnswers(review));
    await until(() => !!root.querySelector('#final-summary'), 'the final record');

    // The final record in the event log, as JSON the host received.
    const logged = loggedDetail(root, 'bail-check-complete') as typeof record;
    expect(logged).to.deep.equal(JSON.parse(JSON.stringify(record)));
    expect(logged.caseId).to.equal(review.custody.reference);
    expect(logged.officerId).to.equal(review.custody.officerId);
    expect(logged.stage).to.equal('post-charge');
    expect(logged.decision?.agreesWithRecommendation).to.equal(true);
    expect(logged.answers.find(a => a.question === 'suspect.on-bail')).to.include({ value: 'yes', source: 'host' });
    expect((await verifyRecord(logged)).ok).to.equal(true);

    // The final record and its summaryText.
    expect($(root, '#final-summary').textContent).to.equal(record.summaryText);

    // The explain view: every rule that fired, with the values it saw and its sources by title.
    const rules = [...root.querySelectorAll('.explain .rules > li')];
    expect(rules.map(r => r.querySelector('.rule-id')?.textContent)).to.deep.equal(record.rationale.map(r => r.rule));
    const onBailRule = record.rationale.find(r => 'suspect.on-bail' in r.saw);
    if (onBailRule) {
      const li = rules[record.rationale.indexOf(onBailRule)]!;
      expect(li.querySelector('.rule-saw')?.textContent).to.contain('bail').and.contain('yes');
    }
    const { defaultPack } = await import('../../src/core.js');
    for (const [i, r] of record.rationale.entries()) {
      const cited = texts(rules[i]!, '.cite');
      r.cites.forEach((id, j) => {
        const source = defaultPack.sources.find(s => s.id === id);
        expect(cited[j], `${r.rule} cites ${id}`).to.contain(source ? localise(source.title, 'en') : id);
      });
    }
    expect($(root, '.side .headline').textContent).to.contain(record.riskLevel);

    // The timeline places the host's "yes" answers.
    const stage1 = root.querySelectorAll('.timeline-view .timeline > li')[0]!;
    if (record.answers.some(a => a.question === 'suspect.previous-partner-abuse' && a.value === 'yes'))
      expect(stage1.querySelector('.marker-yes')).to.not.equal(null);

    // Verify, then tamper.
    [...root.querySelectorAll<HTMLButtonElement>('.host-view button')]
      .find(b => b.textContent?.includes('Verify'))!
      .click();
    await until(() => !!root.querySelector('.verify-ok, .verify-failed'), 'the verification result');
    expect($(root, '.verify-result').textContent).to.contain('Verified.');
    [...root.querySelectorAll<HTMLButtonElement>('.host-view button')]
      .find(b => b.textContent?.includes('Tamper'))!
      .click();
    await until(() => !!root.querySelector('.verify-failed'), 'the failed verification');
    expect($(root, '.verify-result').textContent)
      .to.contain('Verification failed')
      .and.contain('riskLevel')
      .and.contain('the hash does not match the record');

    await expect(document.body).to.be.accessible();
  });

  it('lets the officer correct the host record: the Stubbings case’s "no" from the PNC becomes the officer’s "yes"', async () => {
    const stubbings = caseById('stubbings-release')!;
    expect(stubbings.prefill['suspect.previous-partner-abuse']).to.equal('no');
    const { root, app } = await mountPage('free-mode');
    await startCase(root, stubbings.id);
    const record = await completeCheck(app.element, finalAnswers(stubbings));
    expect(record.answers.find(a => a.question === 'suspect.previous-partner-abuse')).to.include({
      value: 'yes',
      source: 'officer'
    });
    expect(record.answers.find(a => a.question === 'suspect.subject-to-order')).to.include({ source: 'host' });
    await until(() => !!root.querySelector('.timeline .marker-yes'), 'the timeline');
    expect(texts(root, '.timeline > li')[0]).to.contain('Yes');
  });

  it('opens another case in the element, with that case’s prefill, stage and case id', async () => {
    const { root, app } = await mountPage();
    const el = app.element;
    $<HTMLButtonElement>(shadow(el), 'form button.primary').click(); // Start
    await el.updateComplete;
    const startHeading = heading(el);
    const hertfordshire = caseById('hertfordshire-address')!;
    await startCase(root, hertfordshire.id);
    await el.updateComplete;
    expect(el.getAttribute('case-id')).to.equal(hertfordshire.custody.reference);
    expect(el.getAttribute('stage')).to.equal('pre-charge');
    expect(el.prefill).to.deep.equal(hertfordshire.prefill);
    expect(shadow(el).textContent).to.contain(hertfordshire.custody.reference);
    expect(heading(el)).to.not.equal(startHeading === heading(el) ? '' : startHeading);
    expect($(root, '.custody-header h1').textContent).to.contain(hertfordshire.custody.reference);
    expect($(root, '#case-title').textContent).to.contain(hertfordshire.title);
    expect(document.activeElement).to.equal($(root, '#case-title'));
    // The explain view starts again from what the new case's prefill alone gives, with nothing marked as changed.
    await until(() => !!root.querySelector('.side .headline'), 'the provisional recommendation');
    expect(el.recommendation?.caseId).to.equal(hertfordshire.custody.reference);
    expect(texts(root, '.explain .rules .rule-id')).to.deep.equal(el.recommendation!.rationale.map(r => r.rule));
    expect($(root, '.live-change').textContent?.trim()).to.equal('');

    await startCase(root, 'free-mode');
    await el.updateComplete;
    expect(el.hasAttribute('stage')).to.equal(false);
    expect(el.prefill).to.deep.equal({});
  });

  it('starts a case from the keyboard', async () => {
    const { root } = await mountPage('free-mode');
    const select = $<HTMLSelectElement>(root, '#case-select');
    select.value = REVIEW_CASE_ID;
    select.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent?.trim()).to.equal('Open this case');
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.id === 'case-title', 'focus on the case title');
    expect($(root, '.custody-header h1').textContent).to.contain(review.custody.reference);
  });
});

describe('demo page: explain live, switches and rule packs', function () {
  // axe over the whole page takes seconds on a busy machine.
  this.timeout(120_000);
  beforeEach(wipeDrafts);
  afterEach(unmountPage);

  async function withTestPack() {
    const page = await mountPage('free-mode');
    const ready = nextEvent(page.app.element, 'bail-check-ready');
    chooseFile($<HTMLInputElement>(page.root, '#pack-file'), 'test-pack.json', JSON.stringify(testPack()));
    expect((await ready).detail.source).to.equal('property');
    await until(() => !!page.root.querySelector('.pack-ok'), 'the pack status');
    return page;
  }

  it('loads a valid rule pack from a file and sets it as the element’s rulePack', async () => {
    const { root, app } = await withTestPack();
    expect($(root, '.pack-ok').textContent).to.contain('Test safeguarding pack').and.contain('1.0.0');
    expect((app.element.rulePack as { id: string }).id).to.equal('x-test-pack');
    expect(texts(root, '.event-log .log-summary')[0]).to.contain('x-test-pack').and.contain('property');
    $<HTMLButtonElement>(root, '.pack-loader button').click();
    await until(() => !root.querySelector('.pack-ok'), 'the bundled pack again');
    expect(app.element.rulePack).to.equal(undefined);
  });

  it('refuses an invalid rule pack file, listing each error in words with its path', async () => {
    const { root, app } = await mountPage();
    const broken = testPack() as unknown as { questions: { askWhen?: unknown }[]; version: string };
    broken.version = 'one';
    broken.questions[1]!.askWhen = { q: 'no.such-question', equals: 'yes' };
    chooseFile($<HTMLInputElement>(root, '#pack-file'), 'broken.json', JSON.stringify(broken));
    await until(() => !!root.querySelector('.error-summary'), 'the error summary');
    const summary = $(root, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('broken.json was refused').and.contain('keeps using');
    expect(texts(summary, 'li').join('\n')).to.contain('version').and.contain('semantic version');
    expect(app.element.rulePack).to.equal(undefined);

    chooseFile($<HTMLInputElement>(root, '#pack-file'), 'not-json.json', '{ nope');
    await until(
      () => !!root.querySelector('.error-summary')?.textContent?.includes('not-json.json'),
      'the second error'
    );
    expect(texts(root, '.error-summary li')).to.deep.equal(['(pack): is not valid JSON']);
    await expect(document.body).to.be.accessible();
  });

  it('shows what appeared and what disappeared after each answer, live from bail-check-change', async () => {
    const { root, app } = await withTestPack();
    const el = app.element;
    const answer = async (name: string, value: string) => {
      const change = nextEvent(el, 'bail-check-change');
      $<HTMLInputElement>(shadow(el), `input[name="${name}"][value="${value}"]`).click();
      await change;
      await until(() => true, 'a render');
    };
    await answer(Q.stage, 'pre-charge');
    $<HTMLButtonElement>(shadow(el), 'form button.primary').click();
    await el.updateComplete;
    await answer(Q.onBail, 'yes');
    // In words beside the check; the rule that fired, by id, marked new in the rules for pack authors.
    expect(texts(root, '.changes .appeared').join('\n')).to.contain('Indicators: Already on bail');
    expect($(root, '.live-change').textContent).to.match(/Since the last answer: \d+ appeared/);
    expect(texts(root, '.for-authors .rules li.appeared .rule-id')).to.include('r.on-bail');
    expect(root.querySelector('.for-authors .rules li.appeared .badge-new')).to.not.equal(null);
    await answer(Q.onBail, 'no');
    expect(texts(root, '.changes .disappeared').join('\n')).to.contain('Indicators: Already on bail');
    expect(texts(root, '.changes .changed').join('\n')).to.contain('Risk level: medium → standard');
    expect(texts(root, '.answer-changes')[0]).to.contain('(was yes)');
  });

  it('sets the element’s lang, stage and theme from the switches, and enlarges text for a projector', async () => {
    const { root, app } = await mountPage();
    const el = app.element;
    const pick = (id: string, value: string) => {
      const select = $<HTMLSelectElement>(root, id);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('#lang-select', 'cy');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('cy');
    pick('#stage-select', 'pre-charge');
    expect(el.getAttribute('stage')).to.equal('pre-charge');
    pick('#stage-select', '');
    expect(el.hasAttribute('stage')).to.equal(false);

    const accent = () => getComputedStyle(el).getPropertyValue('--bsc-accent').trim();
    expect(accent()).to.equal('');
    expect(texts(root, '.theme-values td').join(' ')).to.contain('--bsc-accent (the element’s default)');
    pick('#theme-select', 'night-shift');
    expect(accent()).to.equal('#8cc4f5');
    expect(texts(root, '.theme-values td').join(' ')).to.contain('--bsc-accent #8cc4f5');
    for (const theme of ['custody-blue', 'night-shift']) {
      pick('#theme-select', theme);
      // The element's button fades to the theme's colour (a 0.1 s transition): check contrast once it has.
      await new Promise(r => setTimeout(r, 300));
      await expect(document.body).to.be.accessible();
    }

    const before = parseFloat(getComputedStyle($(root, '.narrative p')).fontSize);
    $<HTMLInputElement>(root, '#projector-toggle').click();
    expect(parseFloat(getComputedStyle($(root, '.narrative p')).fontSize)).to.be.at.least(before * 1.4);
    await expect(document.body).to.be.accessible();
  });

  it('copies an event’s JSON, or selects it for Ctrl+C when the clipboard is refused', async () => {
    const { root } = await mountPage();
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void (copied = s) }
    });
    try {
      const entry = $(root, '.event-log li');
      $<HTMLButtonElement>(entry, 'button.log-copy').click();
      await until(() => !!root.querySelector('.copy-status')?.textContent, 'the copy status');
      expect(copied).to.equal($(entry, 'pre').textContent);
      expect(JSON.parse(copied)).to.have.property('rulePack');
      expect($(root, '.copy-status').textContent).to.match(/^Copied event \d+/);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
      });
      $<HTMLButtonElement>(entry, 'button.log-copy').click();
      await until(() => !!root.querySelector('.copy-status')?.textContent?.includes('Ctrl+C'), 'the fallback');
      expect($<HTMLDetailsElement>(entry, 'details').open).to.equal(true);
      expect(getSelection()?.toString()).to.equal($(entry, 'pre').textContent);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});
