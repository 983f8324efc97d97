// Rule packs from rules-src: fetched, verified, cached in IndexedDB, checked again at rest, refreshed with
// ETags; and every bad update refused with the pack in use kept.
import { expect } from '@open-wc/testing';
import { VALIDATOR_ID } from '../../src/build-facts.js';
import { defaultPack } from '../../src/default-pack.js';
import { loadPack } from '../../src/pack/load.js';
import { openStorage } from '../../src/storage/storage.js';
import {
  deleteDb,
  dump,
  freshPage,
  packText,
  recorder,
  rewrite,
  serverKey,
  servePack,
  uniqueDb,
  type PackConfig,
  freshDbPerTest
} from './support.js';

describe('rule packs: network, cache, refresh', () => {
  let db: string;
  const pages = freshDbPerTest(name => (db = name));

  /** A fresh page load that loads the pack as the element would, with the reports it made. */
  async function load(options: {
    rulesSrc: string;
    rulesPublicKey?: JsonWebKey | CryptoKey;
    rulePack?: unknown;
    rulesId?: string;
  }) {
    const page = await freshPage();
    pages.push(page);
    const r = recorder();
    const storage = page.api.openStorage({ name: db, onUnavailable: r.onUnavailable });
    const loading = page.api.loadPack({ ...options, storage, report: r.report });
    const [initial, cached, fresh] = await Promise.all([loading.initial, loading.cached, loading.fresh]);
    return { initial, cached, fresh, ...r };
  }

  /** Caches version 1.0.1 of a served pack through a first page load, and returns the server handle. */
  async function cachedPack(config: Partial<PackConfig> = {}, rulesPublicKey?: JsonWebKey) {
    const served = await servePack({ body: packText('1.0.1'), ...config });
    const first = await load({ rulesSrc: served.url, rulesPublicKey });
    expect(first.fresh?.pack.version).to.equal('1.0.1');
    return served;
  }

  it('loads from the network first, then from the cache with a 304, rendering the bundled pack meanwhile', async () => {
    const served = await servePack({ body: packText('1.0.1') });

    const first = await load({ rulesSrc: served.url });
    expect(first.initial.source).to.equal('bundled');
    expect(first.initial.pack).to.deep.equal(defaultPack);
    expect(first.cached).to.equal(undefined);
    expect(first.fresh?.source).to.equal('network');
    expect(first.fresh?.pack.questions[0]?.text.en).to.equal('First question of 1.0.1');

    const second = await load({ rulesSrc: served.url });
    expect(second.cached?.source).to.equal('cache');
    expect(second.cached?.pack.version).to.equal('1.0.1');
    expect(second.fresh, 'a 304 brings nothing new').to.equal(undefined);
    expect(second.errors).to.deep.equal([]);

    const log = await served.log();
    expect(log.map(e => [e.ifNoneMatch === null, e.status])).to.deep.equal([
      [true, 200],
      [false, 304]
    ]);
    // The pack's one copy, beside the list of cached copies by use (pack-cache.ts: the cache is bounded).
    const stored = (await dump(db)).packs.filter(r => r.key !== 'recently used');
    expect(stored).to.have.length(1);
    expect(log[1]!.ifNoneMatch).to.equal((stored[0]!.value as { etag: string }).etag);
  });

  it('stores url, ETag, the exact text, its SHA-256 and when it was fetched', async () => {
    const body = packText('1.0.1');
    const served = await servePack({ body, etag: '"v1"' });
    await load({ rulesSrc: served.url });
    const [record] = (await dump(db)).packs;
    const value = record!.value as Record<string, unknown>;
    expect(value.url).to.equal(new URL(served.url, location.href).href);
    expect(value.etag).to.equal('"v1"');
    expect(value.body).to.equal(body);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
    expect(value.sha256).to.equal(Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join(''));
    expect(value.fetchedAt).to.be.within(Date.now() - 60_000, Date.now());
    expect(value.validatedBy, 'the validator that checked it').to.equal(VALIDATOR_ID);
  });

  it('checks again a cached pack that another validator accepted, then remembers this one did', async () => {
    const served = await cachedPack();
    await rewrite(db, 'packs', value => ({ ...(value as object), validatedBy: 'an older release' }));
    await served.set({ body: '', drop: true });
    const reloaded = await load({ rulesSrc: served.url });
    expect(reloaded.cached?.pack.version).to.equal('1.0.1');
    expect(reloaded.codes()).to.deep.equal(['rules-fetch-failed']);
    expect(((await dump(db)).packs[0]!.value as { validatedBy: string }).validatedBy).to.equal(VALIDATOR_ID);
  });

  it('starts offline from the cache, reporting the failed refresh', async () => {
    const served = await cachedPack();
    await served.set({ body: '', drop: true });
    const offline = await load({ rulesSrc: served.url });
    expect(offline.cached?.source).to.equal('cache');
    expect(offline.cached?.pack.version).to.equal('1.0.1');
    expect(offline.fresh).to.equal(undefined);
    expect(offline.codes()).to.deep.equal(['rules-fetch-failed']);
  });

  it('keeps the cached pack when the server fails, and takes a new version once it is served', async () => {
    const served = await cachedPack();
    await served.set({ body: 'Server error', status: 500 });
    const failing = await load({ rulesSrc: served.url });
    expect(failing.cached?.pack.version).to.equal('1.0.1');
    expect(failing.fresh).to.equal(undefined);
    expect(failing.codes()).to.deep.equal(['rules-fetch-failed']);
    expect(failing.errors[0]!.message).to.contain('HTTP 500');

    await served.set({ body: packText('1.0.2') });
    const updated = await load({ rulesSrc: served.url });
    expect(updated.cached?.pack.version).to.equal('1.0.1');
    expect(updated.fresh?.source).to.equal('network');
    expect(updated.fresh?.pack.version).to.equal('1.0.2');
    const next = await load({ rulesSrc: served.url });
    expect(next.cached?.pack.version).to.equal('1.0.2');
  });

  it('refuses an invalid pack before writing anything, and keeps the old one', async () => {
    const served = await cachedPack();
    const broken = JSON.parse(packText('1.0.2'));
    broken.questions[0].section = 'no-such-section';
    for (const body of [JSON.stringify(broken), '{ not json', '[]']) {
      await served.set({ body });
      const refused = await load({ rulesSrc: served.url });
      expect(refused.fresh).to.equal(undefined);
      expect(refused.codes()).to.deep.equal(['rules-invalid']);
      expect(refused.cached?.pack.version).to.equal('1.0.1');
    }
    expect(((await dump(db)).packs[0]!.value as { body: string }).body).to.equal(packText('1.0.1'));
  });

  it('reads a pack saved with a byte order mark, and refuses one that is not UTF-8', async () => {
    const served = await servePack({ body: `\uFEFF${packText('1.0.1')}` });
    const withBom = await load({ rulesSrc: served.url });
    expect(withBom.fresh?.pack.version).to.equal('1.0.1');
    const again = await load({ rulesSrc: served.url });
    expect(again.cached?.pack.version, 'the hash at rest covers the mark too').to.equal('1.0.1');
    expect(again.errors).to.deep.equal([]);

    await served.set({ body: '', base64: btoa('{"id":"\xff"}') });
    const notText = await load({ rulesSrc: served.url });
    expect(notText.codes()).to.deep.equal(['rules-invalid']);
    expect(notText.errors[0]!.message).to.contain('UTF-8');
    expect(notText.cached?.pack.version).to.equal('1.0.1');
  });

  it('verifies a signed pack, then refuses a badly signed or unsigned update and keeps the old one', async () => {
    const key = await serverKey();
    const served = await cachedPack({ signature: 'valid' }, key);

    await served.set({ body: packText('1.0.2'), signature: 'other' });
    const badSignature = await load({ rulesSrc: served.url, rulesPublicKey: key });
    expect(badSignature.fresh).to.equal(undefined);
    expect(badSignature.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(badSignature.cached?.pack.version).to.equal('1.0.1');

    await served.set({ body: packText('1.0.2') });
    const unsigned = await load({ rulesSrc: served.url, rulesPublicKey: key });
    expect(unsigned.fresh).to.equal(undefined);
    expect(unsigned.codes()).to.deep.equal(['rules-signature-invalid']);

    await served.set({ body: packText('1.0.2'), signature: 'not base64 at all!' });
    const garbage = await load({ rulesSrc: served.url, rulesPublicKey: key });
    expect(garbage.codes()).to.deep.equal(['rules-signature-invalid']);

    await served.set({ body: packText('1.0.2'), signature: 'valid' });
    const good = await load({ rulesSrc: served.url, rulesPublicKey: key });
    expect(good.errors).to.deep.equal([]);
    expect(good.fresh?.pack.version).to.equal('1.0.2');
    const log = await served.log();
    expect(log.filter(e => e.file === 'pack.json.sig').length).to.be.greaterThan(0);
  });

  it('accepts the key as a CryptoKey, and refuses to use anything when the key is not a P-256 public key', async () => {
    const jwk = await serverKey();
    const served = await servePack({ body: packText('1.0.1'), signature: 'valid' });
    const cryptoKey = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify'
    ]);
    const withCryptoKey = await load({ rulesSrc: served.url, rulesPublicKey: cryptoKey });
    expect(withCryptoKey.fresh?.pack.version).to.equal('1.0.1');
    expect(withCryptoKey.errors).to.deep.equal([]);

    const wrong = await load({ rulesSrc: served.url, rulesPublicKey: { kty: 'EC', crv: 'P-384', x: 'AA', y: 'AA' } });
    expect(wrong.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(wrong.cached).to.equal(undefined);
    expect(wrong.fresh).to.equal(undefined);
    expect(wrong.initial.source).to.equal('bundled');
  });

  it('discards a cached pack altered at rest, reports it, and fetches afresh', async () => {
    const served = await cachedPack();
    await rewrite(db, 'packs', value => ({
      ...(value as object),
      body: (value as { body: string }).body.replace('First question of 1.0.1', 'Tampered')
    }));
    const reloaded = await load({ rulesSrc: served.url });
    expect(reloaded.cached).to.equal(undefined);
    expect(reloaded.codes()).to.deep.equal(['rules-invalid']);
    expect(reloaded.errors[0]!.message).to.contain('hash');
    const log = await served.log();
    expect(log.at(-1)!.ifNoneMatch, 'no ETag from a discarded record').to.equal(null);
    expect(reloaded.fresh?.pack.version).to.equal('1.0.1');
    expect(reloaded.fresh?.pack.questions[0]?.text.en).to.equal('First question of 1.0.1');
  });

  it('with a key, discards a cached pack whose body and hash were both rewritten', async () => {
    const key = await serverKey();
    const served = await cachedPack({ signature: 'valid' }, key);
    const body = packText('1.0.1').replace('First question of 1.0.1', 'Tampered');
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
    const sha256 = Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
    await rewrite(db, 'packs', value => ({ ...(value as object), body, sha256 }));
    await served.set({ body: '', drop: true });
    const reloaded = await load({ rulesSrc: served.url, rulesPublicKey: key });
    expect(reloaded.cached).to.equal(undefined);
    expect(reloaded.codes()).to.deep.equal(['rules-signature-invalid', 'rules-fetch-failed']);
    expect(reloaded.initial.source).to.equal('bundled');
    // The pack is gone; what stays is the highest version accepted for its id (and the list of copies by use).
    const left = (await dump(db)).packs.filter(r => r.key !== 'recently used');
    expect(left).to.deep.equal([{ key: `highest-version ${defaultPack.id}`, value: '1.0.1' }]);
  });

  it('discards a cached record that is not a pack record at all', async () => {
    const served = await cachedPack();
    await rewrite(db, 'packs', () => 'garbage');
    const reloaded = await load({ rulesSrc: served.url });
    expect(reloaded.cached).to.equal(undefined);
    expect(reloaded.codes()).to.deep.equal(['rules-invalid']);
    expect(reloaded.fresh?.pack.version).to.equal('1.0.1');
  });

  it('remembers a new ETag for the same bytes, so the next check is a 304', async () => {
    const served = await cachedPack({ etag: '"a"' });
    await served.set({ body: packText('1.0.1'), etag: '"b"' });
    const same = await load({ rulesSrc: served.url });
    expect(same.fresh).to.equal(undefined);
    const after = await load({ rulesSrc: served.url });
    expect(after.fresh).to.equal(undefined);
    expect((await served.log()).map(e => [e.ifNoneMatch, e.status])).to.deep.equal([
      [null, 200],
      ['"a"', 200],
      ['"b"', 304]
    ]);
  });

  it('uses a valid rulePack property and fetches nothing; an invalid one falls back to the cache', async () => {
    const served = await cachedPack();
    const property = JSON.parse(packText('7.0.0'));
    const withProperty = await load({ rulesSrc: served.url, rulePack: property });
    expect(withProperty.initial.source).to.equal('property');
    expect(withProperty.initial.pack.version).to.equal('7.0.0');
    expect([withProperty.cached, withProperty.fresh]).to.deep.equal([undefined, undefined]);
    expect(await served.log()).to.have.length(1);

    const invalid = await load({ rulesSrc: served.url, rulePack: { id: 'nope' } });
    expect(invalid.initial.source).to.equal('bundled');
    expect(invalid.codes()).to.deep.equal(['rules-invalid']);
    expect(invalid.cached?.pack.version).to.equal('1.0.1');
  });

  it('without rules-src, uses the bundled pack and touches neither network nor storage', async () => {
    const r = recorder();
    const loading = loadPack({ storage: openStorage({ name: db, onUnavailable: r.onUnavailable }), report: r.report });
    expect(loading.initial, 'at once, not a promise').to.deep.equal({ pack: defaultPack, source: 'bundled' });
    expect([await loading.cached, await loading.fresh]).to.deep.equal([undefined, undefined]);
    expect((await indexedDB.databases()).map(d => d.name)).not.to.include(db);
  });

  it('when the rules-src code cannot be loaded, reports a failed fetch and keeps the bundled pack', async () => {
    const served = await servePack({ body: packText('1.0.1') });
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    // A real failed fetch of a module: the import of a file that does not exist.
    const missing = new URL('./no-such-chunk.js', import.meta.url).href;
    const loading = loadPack({ rulesSrc: served.url, storage, report: r.report, loadCode: () => import(missing) });
    expect(loading.initial).to.deep.equal({ pack: defaultPack, source: 'bundled' });
    expect([await loading.cached, await loading.fresh]).to.deep.equal([undefined, undefined]);
    expect(r.codes()).to.deep.equal(['rules-fetch-failed']);
    expect(r.errors[0]!.message).to.match(
      /^The code that fetches and verifies rule packs could not be loaded \(\w+\): the bundled pack stays$/
    );
    expect(await served.log()).to.deep.equal([]);
  });
});

describe('rule packs: origins', () => {
  let db: string;
  beforeEach(() => (db = uniqueDb()));
  afterEach(() => deleteDb(db));

  // The test server answers on every interface: the same server under the other host name is another origin.
  const otherOrigin = () =>
    `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

  it('refuses a rules-src on another origin without a request', async () => {
    const served = await servePack({ body: packText('1.0.1') }, otherOrigin());
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    const loading = loadPack({ rulesSrc: served.url, storage, report: r.report });
    expect((await loading.initial).source).to.equal('bundled');
    expect([await loading.cached, await loading.fresh]).to.deep.equal([undefined, undefined]);
    expect(r.codes()).to.deep.equal(['rules-origin-refused']);
    expect(await served.log()).to.deep.equal([]);

    const dataUrl = loadPack({ rulesSrc: `data:application/json,${packText('1.0.1')}`, storage, report: r.report });
    expect(await dataUrl.fresh).to.equal(undefined);
    expect(r.codes()).to.deep.equal(['rules-origin-refused', 'rules-origin-refused']);
  });

  it('fetches from an origin the host allows, with CORS, the ETag exposed and a 304 next time', async () => {
    const served = await servePack({ body: packText('1.0.1') }, otherOrigin());
    const r = recorder();
    const storage = openStorage({ name: db, onUnavailable: r.onUnavailable });
    const options = {
      rulesSrc: served.url,
      allowedOrigins: `https://example.org ${otherOrigin()}`,
      storage,
      report: r.report
    };
    expect((await loadPack(options).fresh)?.pack.version).to.equal('1.0.1');
    const second = loadPack(options);
    expect((await second.cached)?.source).to.equal('cache');
    expect(await second.fresh).to.equal(undefined);
    expect(r.errors).to.deep.equal([]);
    expect((await served.log()).map(e => e.status)).to.deep.equal([200, 304]);
  });
});

describe('signed packs bound to what they are: id, version, expiry', () => {
  let db: string;
  const pages = freshDbPerTest(name => (db = name));

  /** A fresh page load with the server's key (and the `rules-id` pin, if given), and what it reported. */
  async function load(rulesSrc: string, rulesId?: string) {
    const page = await freshPage();
    pages.push(page);
    const r = recorder();
    const storage = page.api.openStorage({ name: db, onUnavailable: r.onUnavailable });
    const loading = page.api.loadPack({
      rulesSrc,
      rulesPublicKey: await serverKey(),
      rulesId,
      storage,
      report: r.report
    });
    const [initial, cached, fresh] = await Promise.all([loading.initial, loading.cached, loading.fresh]);
    return { initial, cached, fresh, ...r, message: () => r.errors.map(e => e.message).join(' | ') };
  }

  const cachedRecord = async () =>
    (await dump(db)).packs.find(p => !p.key.startsWith('highest-version '))?.value as Record<string, unknown>;

  it('refuses 1.0.0 with its genuine manifest once 1.1.0 was accepted, and keeps 1.1.0', async () => {
    const served = await servePack({ body: packText('1.1.0'), signature: 'valid' });
    expect((await load(served.url)).fresh?.pack.version).to.equal('1.1.0');

    await served.set({ body: packText('1.0.0'), signature: 'valid' });
    const replayed = await load(served.url);
    expect(replayed.fresh).to.equal(undefined);
    expect(replayed.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(replayed.message()).to.match(/is [\w-]+ 1\.0\.0, older than 1\.1\.0 accepted before: refused as a replay/);
    expect(replayed.cached?.pack.version).to.equal('1.1.0');
    // A later version is taken as before.
    await served.set({ body: packText('1.2.0'), signature: 'valid' });
    expect((await load(served.url)).fresh?.pack.version).to.equal('1.2.0');
  });

  it('with rules-id pinning the production id, refuses a training pack signed with the same key at its URL', async () => {
    const served = await servePack({ body: packText('1.0.1'), signature: 'valid' });
    expect((await load(served.url, defaultPack.id)).fresh?.pack.version).to.equal('1.0.1');

    await served.set({ body: packText('9.0.0', 'x-training-pack'), signature: 'valid' });
    const training = await load(served.url, defaultPack.id);
    expect(training.fresh).to.equal(undefined);
    expect(training.codes()).to.deep.equal(['rules-invalid']);
    expect(training.message()).to.contain(`is x-training-pack, not ${defaultPack.id} (rules-id)`);
    expect(training.cached?.pack.id).to.equal(defaultPack.id);
    // Without the pin the same pack would be used: the pin is what refuses it.
    expect((await load(served.url)).fresh?.pack.id).to.equal('x-training-pack');
  });

  it('refuses an old signed pack written into IndexedDB with the stored ETag while the server answers 304', async () => {
    const served = await servePack({ body: packText('1.0.0'), signature: 'valid' });
    expect((await load(served.url)).fresh?.pack.version).to.equal('1.0.0');
    const old = await cachedRecord();
    await served.set({ body: packText('1.1.0'), signature: 'valid' });
    expect((await load(served.url)).fresh?.pack.version).to.equal('1.1.0');

    // The old pack, its genuine manifest and hash, under the ETag the server now answers 304 to.
    await rewrite(db, 'packs', value => ({
      ...(value as object),
      body: old.body,
      sha256: old.sha256,
      signature: old.signature
    }));
    const reloaded = await load(served.url);
    expect(reloaded.cached).to.equal(undefined);
    expect(reloaded.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(reloaded.message()).to.contain('refused as a replay');
    // Discarded, so the next request is not conditional: the server's current pack comes back.
    expect((await served.log()).at(-1)).to.deep.include({ ifNoneMatch: null, status: 200 });
    expect(reloaded.fresh?.pack.version).to.equal('1.1.0');
  });

  it('refuses an expired manifest, from the network and from the cache', async () => {
    const served = await servePack({
      body: packText('1.0.1'),
      signature: 'valid',
      manifest: { expires: '2020-01-01T00:00:00.000Z' }
    });
    const expired = await load(served.url);
    expect(expired.fresh).to.equal(undefined);
    expect(expired.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(expired.message()).to.contain('has a manifest that expired (2020-01-01T00:00:00.000Z)');

    // A cached copy whose manifest has expired since (its genuine expired manifest written in) is refused too.
    const expiredManifest = await (await fetch(`${served.url}.sig`)).text();
    await served.set({ body: packText('1.0.1'), signature: 'valid' });
    expect((await load(served.url)).fresh?.pack.version).to.equal('1.0.1');
    await rewrite(db, 'packs', value => ({ ...(value as object), signature: expiredManifest }));
    const reloaded = await load(served.url);
    expect(reloaded.cached).to.equal(undefined);
    expect(reloaded.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(reloaded.message()).to.contain('expired');
    expect(reloaded.fresh?.pack.version).to.equal('1.0.1');
  });

  it('refuses a manifest whose sha256, id or version is not the pack’s, and the old detached signature', async () => {
    const served = await servePack({
      body: packText('1.0.1'),
      signature: 'valid',
      manifest: { sha256: '0'.repeat(64) }
    });
    const otherBytes = await load(served.url);
    expect([otherBytes.fresh, otherBytes.codes()]).to.deep.equal([undefined, ['rules-signature-invalid']]);
    expect(otherBytes.message()).to.contain('does not match the SHA-256 its manifest signs');

    await served.set({ body: packText('1.0.1'), signature: 'valid', manifest: { version: '2.0.0' } });
    const otherVersion = await load(served.url);
    expect(otherVersion.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(otherVersion.message()).to.contain('1.0.1, but its manifest signs');

    await served.set({ body: packText('1.0.1'), signature: 'detached' });
    const detached = await load(served.url);
    expect(detached.codes()).to.deep.equal(['rules-signature-invalid']);
    expect(detached.message()).to.contain('old detached form');
    expect(detached.message()).to.contain('npm run rules:sign');
    expect((await dump(db)).packs).to.deep.equal([]);
  });
});
