// Framework habits: properties set before the element's definition loads (the upgrade pattern React, Vue and
// Angular rely on), the element removed, re-added or moved while a draft is being saved, reset() during a
// save or while a draft is being looked up, and one element reused for another case, as single-page hosts do.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { define, type BailSafeguardingCheck } from '../../components/element.js';
import type { AssessmentState } from '../../src/assessment.js';
import { DB_NAME } from '../../src/storage/database.js';
import {
  draftKey,
  draftKeys,
  freshPage,
  servePack,
  testPackText,
  uniqueCase,
  wipeStorage
} from '../element-storage/support.js';
import { TEST_QUESTIONS as Q, testPack } from '../element/test-pack.js';
import { serverKey, dump } from '../storage/support.js';
import {
  choose,
  cleanup,
  completeAssessment,
  heading,
  mount,
  nextEvent,
  proceed,
  shadow,
  text,
  setUntyped
} from '../helpers.js';
import { otherOrigin, tick, watchUncaught } from './support.js';

let tags = 0;
/** A tag name no one has defined yet on this page. */
const freshTag = () => `bsc-upgrade-${++tags}-${crypto.randomUUID().slice(0, 8)}`;

/** The answers (id → value) of the draft stored for the case, or undefined. */
async function savedAnswers(caseId: string, officerId = '') {
  const draft = (await dump(DB_NAME)).drafts.find(d => d.key === draftKey(caseId, officerId));
  const state = (draft?.value as { state?: { assessment?: AssessmentState } } | undefined)?.state?.assessment;
  return state && Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, a.value]));
}

/** The test pack, for a case (none when `caseId` is empty). */
const forCase = (caseId: string) => (el: BailSafeguardingCheck) => {
  el.rulePack = testPack();
  if (caseId) el.setAttribute('case-id', caseId);
};

const answersOf = (record: { answers: { question: string; value: unknown }[] }) =>
  Object.fromEntries(record.answers.map(a => [a.question, a.value]));

describe('robustness: framework habits', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  const pages: { close(): void }[] = [];
  beforeEach(async () => {
    await wipeStorage();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    pages.splice(0).forEach(p => p.close());
    cleanup();
    document.querySelectorAll('[data-upgrade]').forEach(n => n.remove());
    expect(uncaught.seen).to.deep.equal([]);
  });

  describe('properties set before the definition loads', () => {
    /** Sets everything a framework might set on the not-yet-defined element. */
    function setEverything(el: HTMLElement, caseId: string) {
      const any = el as unknown as Record<string, unknown>;
      any['rulePack'] = testPack();
      any['prefill'] = { [Q.onBail]: 'yes', [Q.views]: 'From the host before the upgrade' };
      any['caseId'] = caseId;
      any['officerId'] = 'PS 9';
      any['lang'] = 'cy';
      any['stage'] = 'post-charge';
      any['name'] = 'check';
      any['drafts'] = 'on';
      any['draftTtl'] = '2';
      any['disabled'] = true;
    }

    /** What the element shows and records once upgraded must come from every property set before. */
    async function expectKept(el: BailSafeguardingCheck, caseId: string) {
      await el.updateComplete;
      expect(el.rulePack, 'rulePack').to.deep.equal(testPack());
      expect(el.prefill?.[Q.onBail], 'prefill').to.equal('yes');
      expect([el.caseId, el.officerId, el.lang, el.stage, el.name, el.drafts, el.draftTtl, el.disabled]).to.deep.equal([
        caseId,
        'PS 9',
        'cy',
        'post-charge',
        'check',
        'on',
        '2',
        true
      ]);
      expect(heading(el), 'the pack, in Welsh').to.equal('Pecyn diogelu prawf');
      expect(text(el)).to.contain(caseId).and.contain('Mechnïaeth ar ôl cyhuddo');
      expect(shadow(el).querySelector('fieldset.frame')!.matches(':disabled'), 'disabled').to.equal(true);
      el.disabled = false;
      await el.updateComplete;
      await proceed(el);
      const form = document.createElement('form');
      el.replaceWith(form);
      form.append(el);
      const { detail: record } = await completeAssessment(el);
      expect(record.caseId).to.equal(caseId);
      expect(record.officerId).to.equal('PS 9');
      expect(record.stage).to.equal('post-charge');
      expect(record.answers.find(a => a.question === Q.onBail)).to.include({ value: 'yes', source: 'host' });
      expect(new FormData(form).get('check'), 'name').to.equal(JSON.stringify(record));
      form.remove();
    }

    it('keeps every property set on an element in the page before define(), once it upgrades', async () => {
      const tag = freshTag();
      const caseId = uniqueCase();
      const el = document.createElement(tag);
      el.dataset['upgrade'] = '';
      setEverything(el, caseId);
      document.body.append(el);
      expect(customElements.get(tag)).to.equal(undefined);
      define(tag);
      await expectKept(el as BailSafeguardingCheck, caseId);
    });

    it('keeps them when the element is created and set up off-page, then defined, then appended', async () => {
      const tag = freshTag();
      const caseId = uniqueCase();
      const el = document.createElement(tag);
      el.dataset['upgrade'] = '';
      setEverything(el, caseId);
      define(tag);
      document.body.append(el);
      await expectKept(el as BailSafeguardingCheck, caseId);
    });

    it('keeps them with customElements.upgrade() on a detached element', async () => {
      const tag = freshTag();
      const caseId = uniqueCase();
      const el = document.createElement(tag);
      el.dataset['upgrade'] = '';
      setEverything(el, caseId);
      define(tag);
      customElements.upgrade(el);
      document.body.append(el);
      await expectKept(el as BailSafeguardingCheck, caseId);
    });

    it('lets a property set after the upgrade, before the first render, win over the one set before', async () => {
      for (const inPage of [true, false]) {
        const el = document.createElement(freshTag()) as BailSafeguardingCheck;
        el.dataset['upgrade'] = '';
        el.prefill = { [Q.onBail]: 'no' };
        setUntyped(el, 'rulePack', { broken: true });
        if (inPage) document.body.append(el);
        define(el.localName);
        customElements.upgrade(el);
        el.prefill = { [Q.onBail]: 'yes' };
        el.rulePack = testPack();
        document.body.append(el);
        await el.updateComplete;
        expect(el.prefill, `prefill (${inPage ? 'in the page' : 'detached'})`).to.deep.equal({ [Q.onBail]: 'yes' });
        expect(heading(el), 'rulePack').to.equal('Test safeguarding pack');
        el.remove();
      }
    });

    it('keeps rulesSrc, rulesOrigins and rulesPublicKey set before the upgrade: the signed pack is fetched and verified', async () => {
      // From another origin, so that rulesOrigins set before the upgrade must be kept too.
      const served = await servePack({ body: testPackText('1.0.0'), signature: 'valid' }, otherOrigin());
      const unsigned = await servePack({ body: testPackText('1.0.1') }, otherOrigin());
      const key = await serverKey();
      const tag = freshTag();
      const [signed, refused] = [served, unsigned].map(pack => {
        const el = document.createElement(tag) as BailSafeguardingCheck;
        el.dataset['upgrade'] = '';
        el.rulesSrc = pack.url;
        el.rulesOrigins = otherOrigin();
        el.rulesPublicKey = key;
        document.body.append(el);
        return el;
      });
      const error = nextEvent(refused!, 'bail-check-error');
      define(tag);
      await signed!.updateComplete;
      expect(signed!.rulesPublicKey).to.equal(key);
      await waitUntil(() => heading(signed!) === 'Test pack 1.0.0', 'the signed pack is not used', { timeout: 30_000 });
      expect((await error).detail.code).to.equal('rules-signature-invalid');
      expect(heading(refused!), 'an unsigned pack is refused with the key kept').not.to.equal('Test pack 1.0.1');
      expect((await served.log()).map(e => e.file)).to.deep.equal(['pack.json', 'pack.json.sig']);
    });

    it('keeps rulePack, rulePackSignature and rulesPublicKey set before the upgrade: the signed text is used', async () => {
      const text = testPackText('1.0.0');
      // The manifest the test server signs for this text: what rules:sign writes beside the file.
      const served = await servePack({ body: text, signature: 'valid' });
      const signature = await (await fetch(`${served.url}.sig`)).text();
      const key = await serverKey();
      const tag = freshTag();
      const [signed, unsigned] = [signature, undefined].map(manifest => {
        const el = document.createElement(tag) as BailSafeguardingCheck;
        el.dataset['upgrade'] = '';
        el.rulePack = text;
        el.rulePackSignature = manifest;
        el.rulesPublicKey = key;
        document.body.append(el);
        return el;
      });
      const error = nextEvent(unsigned!, 'bail-check-error');
      define(tag);
      await waitUntil(() => heading(signed!) === 'Test pack 1.0.0', 'the signed rulePack is not used');
      expect(signed!.rulePackSignature).to.equal(signature);
      expect((await error).detail.code).to.equal('rules-signature-invalid');
      expect(heading(unsigned!), 'an unsigned rulePack is refused with the key kept').not.to.equal('Test pack 1.0.0');
      signed!.remove();
      unsigned!.remove();
    });
  });

  describe('removed, re-added or moved mid-save', () => {
    it('loses no answer when removed right after an answer, re-added, and then completed', async () => {
      const caseId = uniqueCase();
      const el = await mount(forCase(caseId));
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      el.remove(); // the save of that answer is still on its way to IndexedDB
      await waitUntil(async () => (await savedAnswers(caseId))?.[Q.onBail] === 'yes', 'the answer was not saved', {
        timeout: 30_000
      });
      // A crash now would lose nothing: a fresh page offers it back.
      const page = await freshPage();
      pages.push(page);
      const other = await page.mount(forCase(caseId));
      await waitUntil(() => heading(other) === 'A draft of this check was saved', 'no draft offered', {
        timeout: 30_000
      });
      page.close();
      document.body.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${Q.onBail}"][value=yes]`)!.checked).to.equal(
        true
      );
      await proceed(el);
      await choose(el, Q.sameVictim, 'no');
      const { detail: record } = await completeAssessment(el);
      expect(answersOf(record)).to.include({ [Q.stage]: 'pre-charge', [Q.onBail]: 'yes', [Q.sameVictim]: 'no' });
      await waitUntil(async () => (await draftKeys()).length === 0, 'draft left after completion', { timeout: 30_000 });
    });

    it('loses no answer when moved around the DOM after each answer (another parent, a shadow root, a form)', async () => {
      const caseId = uniqueCase();
      const el = document.createElement('bail-safeguarding-check');
      forCase(caseId)(el);
      const host = document.createElement('div');
      host.dataset['upgrade'] = '';
      const parents = [
        document.createElement('section'),
        host.attachShadow({ mode: 'open' }),
        document.createElement('form')
      ];
      document.body.append(host, parents[0] as HTMLElement, parents[2] as HTMLElement);
      parents[0]!.append(el);
      await el.updateComplete;
      const steps: [string, string][] = [
        [Q.stage, 'pre-charge'],
        [Q.onBail, 'yes'],
        [Q.sameVictim, 'unknown'],
        [Q.strangulation, 'no'],
        [Q.level, 'high']
      ];
      for (const [i, [id, value]] of steps.entries()) {
        await choose(el, id, value);
        parents[(i + 1) % parents.length]!.append(el);
        await el.updateComplete;
        expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)!.checked).to.equal(
          true
        );
        await proceed(el);
      }
      await waitUntil(async () => (await savedAnswers(caseId))?.[Q.level] === 'high', 'answers not saved', {
        timeout: 30_000
      });
      expect(await savedAnswers(caseId)).to.deep.equal(Object.fromEntries(steps));
      const { detail: record } = await completeAssessment(el);
      expect(answersOf(record)).to.include(Object.fromEntries(steps));
      host.remove();
      parents.forEach(p => p instanceof HTMLElement && p.remove());
    });
  });

  describe('reset() at awkward moments', () => {
    it('reset() during a save leaves no draft and no answer; the next answers are saved alone', async () => {
      const caseId = uniqueCase();
      const el = await mount(forCase(caseId));
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      el.reset(); // the save of "yes" has not landed yet
      await el.updateComplete;
      // The late save and the deletion run in order: wait for the store to be empty, then it must stay so.
      await waitUntil(async () => (await draftKeys()).length === 0, 'the draft outlived reset()', { timeout: 30_000 });
      await waitUntil(() => el.recommendation, 'no provisional record after reset()', { timeout: 30_000 });
      expect(heading(el)).to.equal('Test safeguarding pack');
      expect(shadow(el).querySelector('input:checked')).to.equal(null);
      expect(el.recommendation?.answers).to.deep.equal([]);
      await choose(el, Q.stage, 'post-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'no');
      el.reset();
      await el.updateComplete;
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await waitUntil(async () => (await savedAnswers(caseId))?.[Q.stage] === 'pre-charge', 'not saved', {
        timeout: 30_000
      });
      await tick(200);
      expect(await savedAnswers(caseId)).to.deep.equal({ [Q.stage]: 'pre-charge' });
      const { detail: record } = await completeAssessment(el);
      expect(record.answers.find(a => a.question === Q.onBail)?.value).not.to.equal('no');
    });

    for (const when of ['before the first render', 'after the first render'])
      it(`reset() ${when}, while a saved draft is being looked up: the stale draft is never offered nor resurrected`, async () => {
        const caseId = uniqueCase();
        const page = await freshPage();
        const first = await page.mount(forCase(caseId));
        await choose(first, Q.stage, 'pre-charge');
        await proceed(first);
        await choose(first, Q.onBail, 'yes');
        await waitUntil(async () => (await savedAnswers(caseId))?.[Q.onBail] === 'yes', 'no draft', {
          timeout: 30_000
        });
        page.close();

        const el = document.createElement('bail-safeguarding-check');
        forCase(caseId)(el);
        document.body.append(el);
        if (when === 'after the first render') await el.updateComplete;
        el.reset(); // the host starts afresh while the element looks for a draft
        await el.updateComplete;
        await waitUntil(async () => (await draftKeys()).length === 0, 'the draft outlived reset()', {
          timeout: 30_000
        });
        expect(heading(el), 'no draft offered after reset()').to.equal('Test safeguarding pack');
        await choose(el, Q.stage, 'post-charge');
        await proceed(el);
        await waitUntil(async () => (await savedAnswers(caseId))?.[Q.stage] === 'post-charge', 'not saved', {
          timeout: 30_000
        });
        expect(await savedAnswers(caseId)).to.deep.equal({ [Q.stage]: 'post-charge' });
      });
  });

  describe('one element reused for another case', () => {
    it('never files one case’s answers under another: each case keeps its own draft and record', async () => {
      const [a, b] = [uniqueCase(), uniqueCase()];
      const el = await mount(forCase(a));
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      await waitUntil(async () => (await savedAnswers(a))?.[Q.onBail] === 'yes', 'no draft for A', { timeout: 30_000 });

      el.setAttribute('case-id', b); // the host shows the next custody record in the same element
      await el.updateComplete;
      await tick(300);
      expect(await savedAnswers(b), 'A’s answers under B').to.equal(undefined);
      expect(heading(el), 'B starts afresh').to.equal('Test safeguarding pack');
      expect(text(el)).to.contain(b);
      expect(el.recommendation?.answers ?? []).to.deep.equal([]);
      const { detail: recordB } = await completeAssessment(el);
      expect(recordB.caseId).to.equal(b);
      expect(answersOf(recordB)[Q.onBail]).to.equal('unknown');

      el.setAttribute('case-id', a); // back to A: its draft is offered
      await waitUntil(() => heading(el) === 'A draft of this check was saved', 'A’s draft not offered', {
        timeout: 30_000
      });
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.buttons button')][0]!.click();
      await el.updateComplete;
      const { detail: recordA } = await completeAssessment(el);
      expect(recordA.caseId).to.equal(a);
      expect(answersOf(recordA)[Q.onBail]).to.equal('yes');
      await waitUntil(async () => (await draftKeys()).length === 0, 'drafts left', { timeout: 30_000 });
    });

    it('keeps the officer’s answers when the host sets case-id only after they began', async () => {
      const caseId = uniqueCase();
      const el = await mount(forCase(''));
      await choose(el, Q.stage, 'pre-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      el.setAttribute('case-id', caseId);
      await el.updateComplete;
      expect(heading(el)).to.equal('Is the suspect on bail now?');
      await proceed(el);
      await waitUntil(async () => (await savedAnswers(caseId))?.[Q.onBail] === 'yes', 'not saved under the case', {
        timeout: 30_000
      });
      expect((await completeAssessment(el)).detail.caseId).to.equal(caseId);
    });
  });
});
