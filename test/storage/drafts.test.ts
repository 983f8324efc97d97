// Drafts: saved after each answer, offered back after a reload, gone after completion, reset or the time to
// live; never stored without a case id or when the host turned drafts off.
import { expect } from '@open-wc/testing';
import { deleteDraft, DRAFT_TTL_MS, loadDraft, purgeDrafts, saveDraft } from '../../src/storage/drafts.js';
import { openStorage } from '../../src/storage/storage.js';
import { dump, freshPage, recorder, rewrite, freshDbPerTest } from './support.js';

/** A state like the element's: plain JSON, with an answer we can look for in IndexedDB afterwards. */
const state = (answer: string) => ({ step: 'question', answers: { 'victim-fearful': { value: answer, at: 't' } } });
const HOUR = 60 * 60 * 1000;

describe('drafts', () => {
  let db: string;
  const pages = freshDbPerTest(name => (db = name));

  async function page() {
    const p = await freshPage();
    pages.push(p);
    const r = recorder();
    return { ...p.api, storage: p.api.openStorage({ name: db, onUnavailable: r.onUnavailable }), r, close: p.close };
  }

  it('survives a reload: saved after each answer, offered back with when it was saved', async () => {
    const before = await page();
    const key = { caseId: 'CR-1', officerId: 'PS 1' };
    await before.saveDraft(before.storage, key, state('yes'));
    const savedAt = Date.now();
    await before.saveDraft(before.storage, key, state('unknown'));
    before.close();

    const after = await page();
    const draft = await after.loadDraft(after.storage, key);
    expect(draft?.state).to.deep.equal(state('unknown'));
    expect(draft?.savedAt).to.be.within(savedAt - 1000, Date.now());
    expect(after.r.storageProblems).to.deep.equal([]);
  });

  it('keys drafts by case and officer', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    await saveDraft(s, { caseId: 'CR-1', officerId: 'PS 1' }, state('yes'));
    await saveDraft(s, { caseId: 'CR-2', officerId: 'PS 1' }, state('no'));
    expect((await loadDraft(s, { caseId: 'CR-1', officerId: 'PS 1' }))?.state).to.deep.equal(state('yes'));
    expect((await loadDraft(s, { caseId: 'CR-2', officerId: 'PS 1' }))?.state).to.deep.equal(state('no'));
    expect(await loadDraft(s, { caseId: 'CR-1', officerId: 'PS 2' })).to.equal(undefined);
    expect(await loadDraft(s, { caseId: 'CR-1' })).to.equal(undefined);
  });

  it('leaves nothing of the answers in IndexedDB after completion or "start again"', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    const key = { caseId: 'CR-1', officerId: 'PS 1' };
    await saveDraft(s, key, state('answer-that-must-go'));
    expect(JSON.stringify(await dump(db))).to.contain('answer-that-must-go');
    await deleteDraft(s, key);
    expect(JSON.stringify(await dump(db))).not.to.contain('answer-that-must-go');
    expect((await dump(db)).drafts).to.deep.equal([]);

    const reloaded = await page();
    expect(await reloaded.loadDraft(reloaded.storage, key)).to.equal(undefined);

    // Completion straight after the last answer, on a page that has not opened the database yet.
    const hurried = await page();
    await Promise.all([
      hurried.saveDraft(hurried.storage, key, state('answer-that-must-go')),
      hurried.deleteDraft(hurried.storage, key)
    ]);
    expect((await dump(db)).drafts).to.deep.equal([]);
  });

  it('stores nothing without a case id, or with drafts off', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    await saveDraft(s, { officerId: 'PS 1' }, state('a'));
    await saveDraft(s, { caseId: '', officerId: 'PS 1' }, state('b'));
    await saveDraft(s, { caseId: 'CR-1', officerId: 'PS 1', enabled: false }, state('c'));
    expect((await dump(db)).drafts).to.deep.equal([]);
    expect(await loadDraft(s, { officerId: 'PS 1' })).to.equal(undefined);
  });

  it('with drafts off, offers no draft saved earlier, and can still delete it', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    await saveDraft(s, { caseId: 'CR-1' }, state('yes'));
    expect(await loadDraft(s, { caseId: 'CR-1', enabled: false })).to.equal(undefined);
    await deleteDraft(s, { caseId: 'CR-1', enabled: false });
    expect((await dump(db)).drafts).to.deep.equal([]);
  });

  it('is gone after the time to live: not offered, deleted, and purged at start-up', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    const now = Date.now();
    await saveDraft(s, { caseId: 'CR-old' }, state('old'));
    await saveDraft(s, { caseId: 'CR-new' }, state('new'));
    await saveDraft(s, { caseId: 'CR-new-ish', now: now + 10 * HOUR }, state('newer'));

    expect(await loadDraft(s, { caseId: 'CR-old', now: now + 11 * HOUR })).to.not.equal(undefined);
    expect(await loadDraft(s, { caseId: 'CR-old', now: now + DRAFT_TTL_MS + 1000 })).to.equal(undefined);
    expect((await dump(db)).drafts.map(d => d.key)).to.have.length(2);

    // A fresh page purges what expired while it was away; what is still live stays.
    const later = await page();
    await later.purgeDrafts(later.storage, { now: now + DRAFT_TTL_MS + 1000 });
    const left = (await dump(db)).drafts;
    expect(left).to.have.length(1);
    expect(JSON.stringify(left[0]!.value)).to.contain('newer');
  });

  it('treats a draft dated more than five minutes ahead as stale: not offered, deleted, and purged', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    const now = Date.now();
    // A clock set wrong, or a value written into the store: dated ahead, it would never reach its time to live.
    await saveDraft(s, { caseId: 'CR-ahead', now: now + 10 * HOUR }, state('from-the-future'));
    await saveDraft(s, { caseId: 'CR-skew', now: now + 4 * 60_000 }, state('a-clock-a-little-fast'));
    await saveDraft(s, { caseId: 'CR-later', now: now + 10 * HOUR }, state('purged-too'));
    expect(await loadDraft(s, { caseId: 'CR-ahead', now })).to.equal(undefined);
    expect(JSON.stringify(await dump(db))).not.to.contain('from-the-future');
    expect((await loadDraft(s, { caseId: 'CR-skew', now }))?.state).to.deep.equal(state('a-clock-a-little-fast'));
    await purgeDrafts(s, { now });
    expect((await dump(db)).drafts.map(d => d.key)).to.deep.equal([JSON.stringify(['CR-skew', ''])]);
  });

  it('offers a draft at exactly its time to live and not a millisecond after', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    const savedAt = Date.now();
    await saveDraft(s, { caseId: 'CR-1', now: savedAt, ttlMs: HOUR }, state('yes'));
    expect(await loadDraft(s, { caseId: 'CR-1', now: savedAt + HOUR })).to.not.equal(undefined);
    expect(await loadDraft(s, { caseId: 'CR-1', now: savedAt + HOUR + 1 })).to.equal(undefined);
    expect((await dump(db)).drafts).to.deep.equal([]);
  });

  it('honours a time to live the host sets', async () => {
    const s = openStorage({ name: db, onUnavailable: () => {} });
    await saveDraft(s, { caseId: 'CR-1' }, state('yes'));
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(await loadDraft(s, { caseId: 'CR-1', ttlMs: 10 * HOUR })).to.not.equal(undefined);
    await purgeDrafts(s, { ttlMs: 10 });
    expect((await dump(db)).drafts).to.deep.equal([]);
  });

  it('discards an unreadable draft, reports it once, and carries on', async () => {
    const r = recorder();
    const s = openStorage({ name: db, onUnavailable: r.onUnavailable });
    await saveDraft(s, { caseId: 'CR-1' }, state('yes'));
    await saveDraft(s, { caseId: 'CR-2' }, state('yes'));
    await rewrite(db, 'drafts', () => ({ state: 'half', savedAt: 'not a time' }));
    expect(await loadDraft(s, { caseId: 'CR-1' })).to.equal(undefined);
    expect(await loadDraft(s, { caseId: 'CR-2' })).to.equal(undefined);
    expect(r.storageProblems).to.have.length(1);
    expect((await dump(db)).drafts).to.deep.equal([]);

    await saveDraft(s, { caseId: 'CR-1' }, state('again'));
    expect((await loadDraft(s, { caseId: 'CR-1' }))?.state).to.deep.equal(state('again'));
  });
});
