// The strict-CSP host (default-src 'self'; script-src 'self'; style-src 'self'): the built bundle and the page's
// own module, no inline script or style anywhere. The page lists any violation itself, so the test reads what a
// vendor trying the page would see, and proves the list works by breaking the policy at the end.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { wipeStorage } from '../element-storage/support.js';
import { completeAssessment, heading } from '../helpers.js';
import { closeFrames, expectedFields, hostElement, loaded, openHost, shownFields, violationsSoFar } from './support.js';

describe('example host: strict Content-Security-Policy', () => {
  beforeEach(wipeStorage);
  afterEach(closeFrames);

  it('completes an assessment with no violation; the page shows the record with the mapped prefill', async () => {
    const page = await openHost('csp/index.html');
    const policy = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'");
    expect(loaded(page, 'dist/bail-safeguarding.js'), 'the built bundle').to.equal(true);
    const el = await hostElement(page);

    const { detail: record } = await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    expect(await violationsSoFar(page)).to.deep.equal([]);

    const received = page.document.querySelector<HTMLElement>('[data-received]')!;
    const shown = shownFields(received);
    expect(shown).to.include(expectedFields(record));
    expect(shown.caseId).to.equal('CR-2025-0042');
    // The custody record's fields, mapped to the vocabulary (demo/hosts/custody-record.js); MARAC not checked.
    expect(shown.hostAnswers!.split(', ')).to.have.members([
      'decision.stage: post-charge', // the stage attribute
      'offence.imprisonable: yes',
      'suspect.on-bail: yes',
      'suspect.on-bail-same-victim: yes',
      'suspect.violent-history: yes',
      'suspect.previous-breach: yes'
    ]);

    // The page does report a violation: an inline style attribute is refused and listed.
    const status = page.document.querySelector('[data-csp-status]')!;
    page.document.body.setAttribute('style', 'outline: 1px solid red');
    await waitUntil(
      () =>
        [...page.document.querySelectorAll('[data-csp-violations] li')].some(li =>
          /^style-src/.test(li.textContent ?? '')
        ),
      'no violation shown',
      {
        timeout: 60_000
      }
    );
    expect(status.textContent).to.match(/Content-Security-Policy violation/);
  });
});
