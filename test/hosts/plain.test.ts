// The plain HTML host: one <script type="module" src> of the built bundle, attributes in the markup, a few lines
// of the page's own script. An assessment completed through the element reaches the page, which shows it.
import { expect } from '@open-wc/testing';
import { verifyRecord } from '../../src/core.js';
import { wipeStorage } from '../element-storage/support.js';
import { completeAssessment, heading } from '../helpers.js';
import { closeFrames, expectedFields, hostElement, loaded, openHost, shownFields } from './support.js';

describe('example host: plain HTML, no bundler', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('completes an assessment on the built bundle; the page shows the record it received, and it verifies', async () => {
    const page = await openHost('plain/index.html');
    expect(loaded(page, 'dist/bail-safeguarding.js'), 'the built bundle').to.equal(true);
    const el = await hostElement(page);
    const received = page.document.querySelector<HTMLElement>('[data-received]')!;
    expect(received.hidden).to.equal(true);

    const { detail: record } = await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    expect(received.hidden).to.equal(false);
    const shown = shownFields(received);
    expect(shown).to.include(expectedFields(record));
    expect(shown.caseId).to.equal('CR-2025-0042');
    expect(shown.hostAnswers!.split(', ')).to.have.members([
      'decision.stage: post-charge',
      'offence.imprisonable: yes',
      'suspect.on-bail: yes'
    ]);
    expect(shown.decision).to.equal(`${record.outcome.recommended} (as recommended)`);
    expect([record.officerId, record.stage]).to.deep.equal(['PS 1234', 'post-charge']);
    expect(await verifyRecord(record)).to.deep.equal({ ok: true, problems: [] });
  });
});
