// When IndexedDB cannot be used at all, the officer still completes the assessment: the element works in
// memory and tells the host once. (Its own file: a failed database stays failed for the page's life.)
import { expect } from '@open-wc/testing';
import { TEST_QUESTIONS as Q } from '../element/test-pack.js';
import { choose, cleanup, completeAssessment, heading, mount, proceed } from '../helpers.js';
import { servePack, testPackText, uniqueCase } from './support.js';

describe('<bail-safeguarding-check>: when storage fails', () => {
  afterEach(cleanup);

  it('completes the assessment in memory with exactly one storage-unavailable error', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const served = await servePack({ body: testPackText('1.0.0') });
      const errors: { code: string; message: string }[] = [];
      const el = await mount(el => {
        el.setAttribute('rules-src', served.url);
        el.setAttribute('case-id', uniqueCase());
        el.addEventListener('bail-check-error', e => errors.push(e.detail));
      });
      const ready = await new Promise<string>(resolve =>
        el.addEventListener('bail-check-ready', e => e.detail.source === 'network' && resolve(heading(el)))
      );
      expect(ready).to.equal('Test pack 1.0.0');
      await choose(el, Q.stage, 'post-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      const { detail: record } = await completeAssessment(el);
      expect(record.completedAt).to.be.a('string');
      expect(record.rulePack.version).to.equal('1.0.0');
      expect(record.answers.find(a => a.question === Q.onBail)?.value).to.equal('yes');
      expect(errors.map(e => e.code)).to.deep.equal(['storage-unavailable']);
      expect(errors[0]!.message).to.contain('SecurityError').and.not.contain(record.caseId);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
