// When storage fails (no IndexedDB, an open that never settles, another tab upgrading, a quota error),
// everything keeps working in memory, each session reports it once, and no answer is left behind.
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { loadPack } from '../../src/pack/load.js';
import { deleteDraft, loadDraft, saveDraft } from '../../src/storage/drafts.js';
import { openStorage, type Storage } from '../../src/storage/storage.js';
import { deleteDb, dump, packText, recorder, servePack, uniqueDb } from './support.js';

const state = (answer: string) => ({ step: 'question', answers: { 'victim-fearful': { value: answer } } });
const key = { caseId: 'CR-1', officerId: 'PS 1' };

/** Walks an assessment through storage as the element would: draft after each answer, pack, completion. */
async function assessmentInMemory(storage: Storage, r: ReturnType<typeof recorder>) {
  await saveDraft(storage, key, state('first'));
  await saveDraft(storage, key, state('second'));
  expect((await loadDraft(storage, key))?.state).to.deep.equal(state('second'));

  const served = await servePack({ body: packText('1.0.1') });
  const fresh = await loadPack({ rulesSrc: served.url, storage, report: r.report }).fresh;
  expect(fresh?.pack.version).to.equal('1.0.1');
  const again = loadPack({ rulesSrc: served.url, storage, report: r.report });
  expect((await again.cached)?.source, 'cached in memory for the rest of the page').to.equal('cache');
  expect(await again.fresh).to.equal(undefined);
  expect((await served.log()).map(e => e.status)).to.deep.equal([200, 304]);
  expect(r.errors).to.deep.equal([]);

  await deleteDraft(storage, key);
  expect(await loadDraft(storage, key)).to.equal(undefined);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))
  ]);
}

describe('storage failures', () => {
  let db: string;
  let restore: (() => void) | undefined;
  beforeEach(() => (db = uniqueDb()));
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await deleteDb(db);
  });

  it('works in memory when IndexedDB refuses to open, reporting once per session', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    restore = () => (IDBFactory.prototype.open = open);

    const r = recorder();
    await assessmentInMemory(openStorage({ name: db, onUnavailable: r.onUnavailable }), r);
    expect(r.storageProblems).to.have.length(1);
    expect(r.storageProblems[0]).to.contain('SecurityError');

    const other = recorder();
    const second = openStorage({ name: db, onUnavailable: other.onUnavailable });
    await saveDraft(second, key, state('x'));
    await loadDraft(second, key);
    expect(other.storageProblems, "another element's session reports it too, once").to.have.length(1);
    restore();
    expect(await indexedDB.databases()).to.satisfy((dbs: IDBDatabaseInfo[]) => !dbs.some(d => d.name === db));
  });

  it('works in memory when there is no IndexedDB at all', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    restore = () => Object.defineProperty(window, 'indexedDB', descriptor!);
    expect(window.indexedDB).to.equal(undefined);

    const r = recorder();
    await assessmentInMemory(openStorage({ name: db, onUnavailable: r.onUnavailable }), r);
    expect(r.storageProblems).to.have.length(1);
  });

  it('gives up on an open that never settles, works in memory, and closes the connection when it comes', async () => {
    // A connection that ignores versionchange holds up a deletion, and every open queues behind it.
    const holder = await openDB(db, 1);
    const deletion = indexedDB.deleteDatabase(db);
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable, openTimeoutMs: 300 });
    // Completion straight after an answer, both waiting for the open: the save must not outlive the delete.
    await Promise.all([saveDraft(storage, key, state('first')), deleteDraft(storage, key)]);
    expect(await loadDraft(storage, key)).to.equal(undefined);
    expect(r.storageProblems).to.have.length(1);
    expect(r.storageProblems[0]).to.contain('TimeoutError');
    await assessmentInMemory(storage, r);
    expect(r.storageProblems).to.have.length(1);

    holder.close();
    await new Promise(resolve => (deletion.onsuccess = resolve));
    // Our late open now succeeds behind the deletion; it must close at once, blocking nobody.
    let blocked = false;
    const again = indexedDB.deleteDatabase(db);
    again.onblocked = () => (blocked = true);
    await withTimeout(new Promise(resolve => (again.onsuccess = resolve)), 3000, 'deleting the database');
    expect(blocked).to.equal(false);
  });

  it('closes at once for another tab upgrading the database, then carries on in memory', async () => {
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    await saveDraft(storage, key, state('before'));
    expect(r.storageProblems).to.deep.equal([]);

    let blocked = false;
    const newer = await withTimeout(
      openDB(db, 2, { blocked: () => (blocked = true) }),
      3000,
      'the upgrade by another tab'
    );
    expect(blocked, 'the old connection closed on versionchange').to.equal(false);

    await assessmentInMemory(storage, r);
    expect(r.storageProblems).to.have.length(1);
    expect(r.storageProblems[0]).to.contain('VersionError');
    newer.close();
  });

  it('names the error of a write that fails in the database (not at the call), then works in memory', async () => {
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    await saveDraft(storage, key, state('first'));
    // The request is accepted, then fails when it runs: the transaction aborts with a ConstraintError.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, k?: IDBValidKey) {
      return this.add(value, k);
    };
    restore = () => (IDBObjectStore.prototype.put = put);
    await saveDraft(storage, key, state('second'));
    restore();
    expect(r.storageProblems).to.have.length(1);
    expect(r.storageProblems[0]).to.contain('ConstraintError');
    expect((await loadDraft(storage, key))?.state).to.deep.equal(state('second'));
  });

  it('moves to memory on a quota error, and completion still deletes the draft from IndexedDB', async () => {
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    await saveDraft(storage, key, state('answer-on-disk'));
    expect(JSON.stringify(await dump(db))).to.contain('answer-on-disk');

    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => (IDBObjectStore.prototype.put = put);
    await saveDraft(storage, key, state('answer-in-memory'));
    restore();
    expect(r.storageProblems).to.have.length(1);
    expect(r.storageProblems[0]).to.contain('QuotaExceededError');
    expect((await loadDraft(storage, key))?.state).to.deep.equal(state('answer-in-memory'));

    await deleteDraft(storage, key);
    expect(await loadDraft(storage, key)).to.equal(undefined);
    expect(JSON.stringify(await dump(db))).not.to.contain('answer-');
    expect(r.storageProblems).to.have.length(1);
  });
});
