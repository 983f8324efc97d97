// The form host: the element is a form field (name="record"); the form posts to the custody system's Node server
// (demo/hosts/server/), which verifies the record with verifyRecordJson from the built core, then seals and keeps
// it or refuses it.
// A record changed on the way (the test changes it in the form's formdata event, as anything between the officer
// and the server might) is refused with the reasons on the page the officer gets back.
import { expect } from '@open-wc/testing';
import { recordHash } from '../../src/record.js';
import type { BailCheckRecord } from '../../src/core.js';
import { wipeStorage } from '../element-storage/support.js';
import { completeAssessment } from '../helpers.js';
import { closeFrames, hostElement, openHost, shownFields, type HostPage } from './support.js';

/** The page, with the assessment completed by the officer, ready to send. */
async function completedForm() {
  const page = await openHost('form/index.html');
  const el = await hostElement(page);
  const form = page.document.querySelector('form')!;
  expect(form.checkValidity(), 'an unfinished check is a missing value').to.equal(false);
  expect(el.validationMessage).to.not.equal('');
  const { detail: record } = await completeAssessment(el);
  expect(form.checkValidity()).to.equal(true);
  return { page, form, record };
}

/** Changes what the form sends, as anything between the page and the server could. */
function onSend(form: HTMLFormElement, change: (data: FormData) => void) {
  form.addEventListener('formdata', e => change(e.formData));
}

/** Presses the page's own submit button and waits for the server's answer to load in the frame. */
async function send(page: HostPage) {
  const answered = new Promise(resolve => page.frame.addEventListener('load', resolve, { once: true }));
  page.document.querySelector<HTMLButtonElement>('form button.host')!.click();
  await answered;
  const doc = page.frame.contentDocument!;
  return {
    title: doc.querySelector('h1')?.textContent ?? '',
    fields: shownFields(doc),
    problems: [...doc.querySelectorAll('[data-problems] li')].map(li => li.textContent ?? '')
  };
}

describe('example host: a form posting the record to a Node server that verifies it', () => {
  // The hosts use one custody record reference: no draft of an earlier test may be offered.
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('sends the finished record as a form field; the server verifies and accepts it', async () => {
    const { page, record } = await completedForm();
    const answer = await send(page);
    expect(answer.title).to.equal('Record accepted');
    expect(answer.problems).to.deep.equal([]);
    expect(answer.fields).to.include({
      caseId: 'CR-2025-0042',
      riskLevel: record.riskLevel,
      recommended: record.outcome.recommended,
      hash: record.integrity.hash,
      decision: `${record.outcome.recommended} (as recommended)`
    });
    expect(answer.fields.hostAnswers).to.contain('suspect.on-bail: yes');
  });

  it('refuses a record changed on the way, and the page says why', async () => {
    const { page, form, record } = await completedForm();
    const lower = record.riskLevel === 'standard' ? 'high' : 'standard';
    onSend(form, data => data.set('record', JSON.stringify({ ...record, riskLevel: lower })));
    const answer = await send(page);
    expect(answer.title).to.equal('Record refused');
    expect(answer.problems).to.deep.equal([
      'the hash does not match the record: it was changed after it was made',
      `"riskLevel" does not follow from the record's answers under this pack`
    ]);
  });

  it('refuses a changed record whose hash was made again, and a record for another custody record', async () => {
    const { page, form, record } = await completedForm();
    // A lower recommendation with a fresh hash: the hash holds, but the outcome does not follow from the answers.
    const other =
      record.outcome.alternatives.find(o => o !== record.outcome.recommended) ?? 'release-no-further-action';
    const changed: BailCheckRecord = { ...record, outcome: { ...record.outcome, recommended: other } };
    changed.integrity = { algorithm: 'SHA-256', hash: await recordHash(changed) };
    onSend(form, data => {
      data.set('record', JSON.stringify(changed));
      data.set('case-id', 'CR-2025-0999');
    });
    const answer = await send(page);
    expect(answer.title).to.equal('Record refused');
    expect(answer.problems).to.deep.equal([
      `"outcome" does not follow from the record's answers under this pack`,
      'the record is for custody record "CR-2025-0042", not "CR-2025-0999"'
    ]);
  });
});
