// Drafts through the element: saved after each answer, offered back after a crash or reload (resume, under
// the same pack only, or start again), gone after completion, reset and the time to live, and never stored
// without a case id or with drafts="off". IndexedDB is read directly, every store.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { BailSafeguardingCheck } from '../../components/element.js';
import type { AssessmentState } from '../../src/assessment.js';
import { DB_NAME } from '../../src/storage/database.js';
import { dump, rewrite } from '../storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import {
  answerInTurn,
  choose,
  cleanup,
  completeAssessment,
  focused,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  text,
  type
} from '../helpers.js';
import {
  draftKey,
  draftKeys,
  freshPage,
  offerButton,
  servePack,
  stored,
  testPackText,
  uniqueCase,
  wipeStorage
} from './support.js';

const OFFER = 'A draft of this check was saved';
const HOUR_MS = 3_600_000;
type Draft = { savedAt: number };
const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Start (pre-charge) → on bail: yes → same victim: no; ends on the strangulation question. */
async function answerSome(el: BailSafeguardingCheck) {
  await answerInTurn(el, [
    [Q.stage, 'pre-charge'],
    [Q.onBail, 'yes'],
    [Q.sameVictim, 'no']
  ]);
}

const hasDraft = async (caseId: string, officerId = '') => (await draftKeys()).includes(draftKey(caseId, officerId));

/** The question (or kind of screen) a stored draft would resume on. */
async function savedStep(caseId: string, officerId = '') {
  const draft = (await dump(DB_NAME)).drafts.find(d => d.key === draftKey(caseId, officerId));
  const step = (draft?.value as { state?: { assessment?: AssessmentState } } | undefined)?.state?.assessment?.step;
  return step && 'id' in step ? step.id : step?.kind;
}

/** Walks on as the officer would (an unanswered question "not known", its first option, or a note) until `title`. */
async function walkTo(el: BailSafeguardingCheck, title: string) {
  for (let i = 0; i < 50 && heading(el) !== title; i++) {
    for (const group of shadow(el).querySelectorAll<HTMLElement>('fieldset.q')) {
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length && !radios.some(r => r.checked))
        (radios.find(r => r.value === 'unknown') ?? radios[0]!).click();
      const area = group.querySelector<HTMLTextAreaElement>('textarea');
      if (area && !area.value) await type(el, area.name, 'Not recorded yet');
    }
    await el.updateComplete;
    await proceed(el);
  }
  expect(heading(el)).to.equal(title);
}

function withCase(caseId: string, more: (el: BailSafeguardingCheck) => void = () => {}) {
  return (el: BailSafeguardingCheck) => {
    el.rulePack = testPack();
    el.setAttribute('case-id', caseId);
    more(el);
  };
}

/** A draft left behind by an element that went away mid-assessment (its page closed, as in a crash). */
async function leaveDraft(caseId: string, more?: (el: BailSafeguardingCheck) => void, officerId = '') {
  const page = await freshPage();
  await answerSome(await page.mount(withCase(caseId, more)));
  await waitUntil(async () => (await savedStep(caseId, officerId)) === Q.strangulation, 'no draft saved', {
    timeout: 30_000
  });
  page.close();
}

describe('<bail-safeguarding-check>: drafts', () => {
  const pages: { close(): void }[] = [];
  beforeEach(wipeStorage);
  afterEach(() => {
    pages.splice(0).forEach(p => p.close());
    cleanup();
  });

  it('offers the draft back after a crash, with when it was saved, and resumes where the officer was', async () => {
    const caseId = uniqueCase();
    const savedFrom = new Date();
    await leaveDraft(caseId, el => el.setAttribute('officer-id', 'PS 7'), 'PS 7');
    expect(await hasDraft(caseId), 'keyed by case and officer').to.equal(false);

    const page = await freshPage();
    pages.push(page);
    const el = await page.mount(withCase(caseId, el => el.setAttribute('officer-id', 'PS 7')));
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    const time = /saved at (\d{2}):(\d{2}), or start again/.exec(text(el));
    expect(time, text(el)).not.to.equal(null);
    // On the UK clock, whatever the machine's zone.
    const ukMinutes = (at: Date) => {
      const [h, m] = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23'
      })
        .format(at)
        .split(':');
      return Number(h) * 60 + Number(m);
    };
    expect(Number(time![1]) * 60 + Number(time![2])).to.be.within(ukMinutes(savedFrom), ukMinutes(new Date()));
    offerButton(el, 'Resume the draft')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Has there been strangulation, ever?');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    const { detail: record } = await completeAssessment(el);
    expect(record.answers.map(a => [a.question, a.value, a.source])).to.deep.include.members([
      [Q.stage, 'pre-charge', 'officer'],
      [Q.onBail, 'yes', 'officer'],
      [Q.sameVictim, 'no', 'officer']
    ]);
    await waitUntil(async () => !(await hasDraft(caseId, 'PS 7')), 'draft left after completion', { timeout: 30_000 });
  });

  it('resumes a draft saved on the decision on check answers, each answer still its giver’s', async () => {
    const caseId = uniqueCase();
    const host = { [Q.onBail]: 'yes', [Q.sameVictim]: 'no' } as const;
    const withHost = withCase(caseId, el => (el.prefill = host));
    const first = await freshPage();
    const a = await first.mount(withHost);
    await walkTo(a, 'Your decision');
    await waitUntil(() => a.recommendation?.answers.length === 6, 'no record of the six answers', { timeout: 30_000 });
    const sources = a.recommendation!.answers.map(x => [x.question, x.source]);
    expect(sources, 'the host gave two answers and the officer the rest').to.deep.include.members([
      [Q.onBail, 'host'],
      [Q.sameVictim, 'host'],
      [Q.strangulation, 'officer']
    ]);
    await waitUntil(async () => (await savedStep(caseId)) === 'decision', 'no draft saved on the decision', {
      timeout: 30_000
    });
    first.close();

    const page = await freshPage();
    pages.push(page);
    const el = await page.mount(withHost);
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    offerButton(el, 'Resume the draft')!.click();
    await el.updateComplete;
    expect(heading(el), 'never straight to the decision').to.equal('Check your answers');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    // The record of the resumed answers is made asynchronously, after the one of the host's answers alone.
    await waitUntil(() => el.recommendation?.answers.length === sources.length, 'no record of the resumed answers');
    expect(el.recommendation!.answers.map(x => [x.question, x.source])).to.deep.equal(sources);
    const { detail: record } = await completeAssessment(el);
    expect(record.answers.map(x => [x.question, x.source])).to.deep.equal(sources);
  });

  it('resumes a draft rewritten to stand on the decision at the first unanswered question, and drops a "complete" one', async () => {
    const caseId = uniqueCase();
    await leaveDraft(caseId);
    const onDecision = (value: unknown) => {
      const draft = value as { state: { assessment: AssessmentState } };
      draft.state.assessment.step = { kind: 'decision' };
      return draft;
    };
    await rewrite(DB_NAME, 'drafts', onDecision);
    const el = await mount(withCase(caseId));
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    offerButton(el, 'Resume the draft')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Check your answers');
    await proceed(el);
    expect(heading(el), 'Continue asks what is unanswered').to.equal('Has there been strangulation, ever?');
    // The element saves after each move: its last write lands before the draft is rewritten again.
    await waitUntil(async () => (await savedStep(caseId)) === Q.strangulation, 'the move was not saved', {
      timeout: 30_000
    });
    cleanup();

    // A draft is deleted on completion: one that claims a decision was recorded is not ours, and is not offered.
    await rewrite(DB_NAME, 'drafts', value => {
      const draft = onDecision(value);
      const at = new Date().toISOString();
      draft.state.assessment.decision = { outcome: 'bail-conditions', reason: '', at };
      draft.state.assessment.completedAt = at;
      return draft;
    });
    const again = await mount(withCase(caseId));
    await waitUntil(async () => !(await hasDraft(caseId)), 'the "complete" draft was not deleted', { timeout: 30_000 });
    expect(heading(again)).to.equal('Test safeguarding pack');
    expect(again.recommendation?.completedAt).to.equal(undefined);
  });

  it('after a crash, resumes the draft under the cached pack it was made with, though a newer one has come', async () => {
    const caseId = uniqueCase();
    const served = await servePack({ body: testPackText('1.0.0') });
    const first = await freshPage();
    pages.push(first);
    const a = await first.mount(el => {
      el.setAttribute('rules-src', served.url);
      el.setAttribute('case-id', caseId);
    });
    await waitUntil(() => heading(a) === 'Test pack 1.0.0', 'not on the served pack', { timeout: 30_000 });
    await answerSome(a);
    await waitUntil(async () => (await savedStep(caseId)) === Q.strangulation, 'no draft saved', {
      timeout: 30_000
    });
    first.close();
    await served.set({ body: testPackText('1.1.0') });

    const second = await freshPage();
    pages.push(second);
    const b = await second.mount(el => {
      el.setAttribute('rules-src', served.url);
      el.setAttribute('case-id', caseId);
    });
    await waitUntil(() => heading(b) === OFFER, 'no draft offered', { timeout: 30_000 });
    await waitUntil(async () => (await stored()).includes('Test pack 1.1.0'), 'new pack not cached', {
      timeout: 30_000
    });
    await tick(100);
    offerButton(b, 'Resume the draft')!.click();
    await b.updateComplete;
    expect(heading(b)).to.equal('Has there been strangulation, ever?');
    const { detail: record } = await completeAssessment(b);
    expect(record.rulePack.version).to.equal('1.0.0');
    const ready = nextEvent(b, 'bail-check-ready');
    b.reset();
    expect((await ready).detail.rulePack.version).to.equal('1.1.0');
  });

  it('"Start again" deletes the draft and starts afresh, focus on the start', async () => {
    const caseId = uniqueCase();
    await leaveDraft(caseId);
    const el = await mount(withCase(caseId));
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    offerButton(el, 'Start again')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Test safeguarding pack');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    expect(shadow(el).querySelector('input:checked')).to.equal(null);
    await waitUntil(async () => !(await hasDraft(caseId)), 'draft not deleted', { timeout: 30_000 });
  });

  it('never mixes packs: a draft made under other rules says so and can only be started again', async () => {
    const caseId = uniqueCase();
    await leaveDraft(caseId);
    const el = await mount(withCase(caseId, el => (el.rulePack = { ...testPack(), version: '2.0.0' })));
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    expect(text(el)).to.contain('made under other rules (x-test-pack 1.0.0)').and.contain('cannot be resumed');
    expect(offerButton(el, 'Resume the draft')).to.equal(undefined);
    await expect(el).to.be.accessible();
    offerButton(el, 'Start again')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Test safeguarding pack');
    await waitUntil(async () => !(await hasDraft(caseId)), 'draft not deleted', { timeout: 30_000 });
  });

  it('leaves nothing of a completed assessment’s answers in IndexedDB, in any store', async () => {
    const caseId = uniqueCase();
    const marker = `words-${crypto.randomUUID()}`;
    const served = await servePack({ body: testPackText('1.0.0') });
    const el = await mount(el => {
      el.setAttribute('rules-src', served.url);
      el.setAttribute('case-id', caseId);
    });
    await waitUntil(() => heading(el) === 'Test pack 1.0.0', 'not on the served pack', { timeout: 30_000 });
    await answerSome(el);
    await choose(el, Q.strangulation, 'yes');
    await proceed(el);
    await choose(el, Q.level, 'high');
    await proceed(el);
    await type(el, Q.views, marker);
    await waitUntil(async () => (await stored()).includes(marker), 'the answers were never saved', { timeout: 30_000 });
    // A host may submit or navigate the moment it hears bail-check-complete: the draft is gone by then.
    let leftAtComplete: boolean | undefined;
    el.addEventListener(
      'bail-check-complete',
      () => void stored().then(all => (leftAtComplete = all.includes(marker))),
      {
        once: true
      }
    );
    await completeAssessment(el);
    await waitUntil(() => leftAtComplete !== undefined, 'no bail-check-complete', { timeout: 30_000 });
    expect(leftAtComplete, 'answers still in IndexedDB when bail-check-complete fired').to.equal(false);
    const all = await stored();
    expect(all).not.to.contain(caseId);
    expect(all).to.contain('Test pack 1.0.0'); // the pack stays cached: it holds nothing of the case
  });

  it('deletes the draft on reset()', async () => {
    const caseId = uniqueCase();
    const el = await mount(withCase(caseId));
    await answerSome(el);
    await waitUntil(() => hasDraft(caseId), 'no draft saved', { timeout: 30_000 });
    el.reset();
    await waitUntil(async () => !(await hasDraft(caseId)), 'draft not deleted', { timeout: 30_000 });
  });

  it('is gone after the time to live: not offered, and purged at start-up for every case', async () => {
    const [expired, other, later] = [uniqueCase(), uniqueCase(), uniqueCase()];
    const ttl = (el: BailSafeguardingCheck) => el.setAttribute('draft-ttl', '1'); // one hour
    // Drafts saved two hours ago: their time is moved back in the store, so no test waits for a clock.
    const ageDrafts = () =>
      rewrite(DB_NAME, 'drafts', value => ({ ...(value as Draft), savedAt: (value as Draft).savedAt - 2 * HOUR_MS }));
    await leaveDraft(expired, ttl);
    await leaveDraft(other, ttl);
    await ageDrafts();
    const el = await mount(withCase(later, ttl));
    await waitUntil(async () => (await draftKeys()).length === 0, 'expired drafts not purged', { timeout: 30_000 });
    expect(heading(el)).to.equal('Test safeguarding pack');
    cleanup();
    await leaveDraft(expired, ttl);
    await ageDrafts();
    const again = await mount(withCase(expired, ttl));
    await waitUntil(async () => !(await hasDraft(expired)), 'the expired draft was not purged', { timeout: 30_000 });
    expect(heading(again)).to.equal('Test safeguarding pack');
  });

  it('refuses an invalid draft-ttl with one attribute-invalid error and keeps drafts for 12 hours', async () => {
    const caseId = uniqueCase();
    const errors: string[] = [];
    await leaveDraft(caseId, el => el.setAttribute('draft-ttl', 'soon'));
    const el = await mount(
      withCase(caseId, el => {
        el.setAttribute('draft-ttl', '-1');
        el.addEventListener('bail-check-error', e => errors.push(e.detail.code));
      })
    );
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    expect(errors).to.deep.equal(['attribute-invalid']);
  });

  it('saves drafts for a subclass that overrides onStateChange: the hook is only a hook', async () => {
    const caseId = uniqueCase();
    const seen: string[] = [];
    class Watching extends BailSafeguardingCheck {
      protected override onStateChange(state: AssessmentState) {
        seen.push(state.step.kind);
      }
    }
    customElements.define(`x-bsc-watching-${caseId.toLowerCase()}`, Watching);
    const el = new Watching();
    withCase(caseId)(el);
    document.body.append(el);
    await el.updateComplete;
    await answerSome(el);
    await waitUntil(async () => (await savedStep(caseId)) === Q.strangulation, 'no draft saved', { timeout: 5000 });
    expect(seen).to.include('question');
    el.remove();
  });

  it('stores no draft with drafts="off" or without a case id, and offers none', async () => {
    const [control, off] = [uniqueCase(), uniqueCase()];
    await leaveDraft(off);
    const els = await Promise.all([
      mount(withCase(off, el => el.setAttribute('drafts', 'off'))),
      mount(el => (el.rulePack = testPack())),
      mount(withCase(control))
    ]);
    for (const el of els) await answerSome(el);
    await type(els[1]!, Q.strangulation, 'x').catch(() => undefined);
    // The control element's draft shows when the others would have saved theirs.
    await waitUntil(() => hasDraft(control), 'the control saved no draft', { timeout: 30_000 });
    await tick(100);
    expect(await draftKeys()).to.have.members([draftKey(control), draftKey(off)]);
    expect(heading(els[0]!), 'the earlier draft is not offered').to.equal('Has there been strangulation, ever?');
    const { detail: record } = await completeAssessment(els[0]!);
    expect(record.caseId).to.equal(off);
  });
});

describe('<bail-safeguarding-check>: the draft offer, by keyboard and assistive technology', () => {
  beforeEach(wipeStorage);
  afterEach(cleanup);

  it('is accessible, reached with Tab and taken with Enter; focus follows', async () => {
    const caseId = uniqueCase();
    await leaveDraft(caseId);
    const el = await mount(withCase(caseId));
    await waitUntil(() => heading(el) === OFFER, 'no draft offered', { timeout: 30_000 });
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.contain(OFFER);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Resume the draft');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Start again');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Has there been strangulation, ever?');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    await sendKeys({ press: 'y' });
    await el.updateComplete;
    expect(heading(el)).to.equal('What level did the risk assessment give?');
  });

  it('starts again with the keyboard (Space), focus on the start heading, and in Welsh', async () => {
    const caseId = uniqueCase();
    await leaveDraft(caseId);
    const el = await mount(withCase(caseId, el => el.setAttribute('lang', 'cy')));
    await waitUntil(() => heading(el) === "Mae drafft o'r gwiriad hwn wedi'i gadw", 'no draft offered', {
      timeout: 30_000
    });
    expect(text(el)).to.contain("Parhewch â'r drafft a gadwyd am");
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Dechrau eto');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Pecyn diogelu prawf');
    expect(focused(el)).to.equal(shadow(el).querySelector('[data-heading]'));
    await waitUntil(async () => !(await hasDraft(caseId)), 'draft not deleted', { timeout: 30_000 });
  });
});
