// Another tab holds the database and will not let go (it ignores versionchange while a deletion or an
// upgrade waits on it), so the element's open never settles. The officer still completes the assessment:
// the element gives up on the open, works in memory and tells the host once. (Its own file: a failed
// database stays failed for the page's life.)
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { openDB } from 'idb';
import { DB_NAME } from '../../src/storage/database.js';
import { TEST_QUESTIONS as Q } from '../element/test-pack.js';
import { choose, cleanup, completeAssessment, heading, mount, proceed } from '../helpers.js';
import { servePack, testPackText, uniqueCase } from './support.js';

describe('<bail-safeguarding-check>: when another tab blocks the database', () => {
  afterEach(cleanup);

  it('completes the assessment in memory after the open times out, with exactly one storage-unavailable error', async () => {
    // The other tab: a connection with no versionchange handler, and a deletion queued behind it.
    const holder = await openDB(DB_NAME);
    const deletion = indexedDB.deleteDatabase(DB_NAME);
    let deleted = false;
    deletion.onsuccess = () => (deleted = true);
    try {
      const served = await servePack({ body: testPackText('1.0.0') });
      const errors: { code: string; message: string }[] = [];
      const el = await mount(el => {
        el.setAttribute('rules-src', served.url);
        el.setAttribute('case-id', uniqueCase());
        el.addEventListener('bail-check-error', e => errors.push(e.detail));
      });
      await waitUntil(() => heading(el) === 'Test pack 1.0.0', 'not on the served pack', { timeout: 60_000 });
      await choose(el, Q.stage, 'post-charge');
      await proceed(el);
      await choose(el, Q.onBail, 'yes');
      const { detail: record } = await completeAssessment(el);
      expect(record.completedAt).to.be.a('string');
      expect(record.answers.find(a => a.question === Q.onBail)?.value).to.equal('yes');
      await waitUntil(() => errors.length > 0, 'no storage-unavailable reported', { timeout: 60_000 });
      expect(errors.map(e => e.code)).to.deep.equal(['storage-unavailable']);
      expect(errors[0]!.message).to.not.contain(record.caseId);
      expect(deleted, 'the deletion was still waiting on the other tab').to.equal(false);
    } finally {
      holder.close();
    }
    await waitUntil(() => deleted, 'the deletion never finished once the other tab let go', { timeout: 60_000 });
  });
});
