// What `rules-src` needs, loaded on demand (load.ts imports this module only when `rules-src` is set, or a
// `rulePack` with a key): the cached copy checked at rest, then a conditional GET, each pack verified (signature
// when there is a key, then validated) before it is used or stored; and a signed `rulePack`, checked the same
// way. A chunk of its own in the build (`*-rules-src.js`).
import { VALIDATOR_ID } from '../build-facts.js';
import { sha256Hex } from '../canonical.js';
import {
  discardCachedPack,
  readCachedPack,
  readHighestVersion,
  usedCachedPack,
  writeCachedPack,
  writeHighestVersion,
  type CachedPack
} from '../storage/pack-cache.js';
import type { Storage } from '../storage/storage.js';
import { fetchPack, packError, packUrl, type PackError } from './fetch.js';
import type { LoadedPack, PackLoad, PackLoadOptions } from './load.js';
import type { RulePack } from './schema.js';
import { compareVersions, manifestProblem, readManifest } from './manifest.js';
import { importPackKey } from './signature.js';
import { describeRefusal, validate, validatedBefore, type PackCheck } from './validator.js';

interface Verified {
  record: CachedPack;
  pack: RulePack;
}

/** The cached copy of `rules-src` and its refresh; undefined without a `rules-src` this page may fetch. */
export function fromSource(options: PackLoadOptions): Omit<PackLoad, 'initial'> | undefined {
  const { rulesSrc, report } = options;
  const origins = options.allowedOrigins ?? [];
  const url = rulesSrc ? packUrl(rulesSrc, typeof origins === 'string' ? origins.split(/\s+/) : origins) : undefined;
  if (!(url instanceof URL)) {
    if (url) report(url);
    return undefined;
  }
  // Belt and braces: no promise handed to the element rejects (a browser without Web Crypto, say).
  const guard = (e: unknown) =>
    void report(
      packError('rules-invalid', `The rule pack at ${url.href} could not be checked: ${(e as Error | null)?.name}`)
    );
  const start = (async () => {
    const trust = await trustOf(options);
    return trust && { trust, cached: await fromCache(url.href, trust, report) };
  })().catch(guard);
  const cached = start.then(s => s?.cached && { pack: s.cached.pack, source: 'cache' as const });
  const fresh = start.then(s => s && refresh(url, s.trust, s.cached, report, options.signal)).catch(guard);
  return { cached, fresh };
}

/** What a pack must answer to besides its validity: the key its manifest is signed with, the id the host pins. */
interface Trust {
  key: CryptoKey | undefined;
  rulesId: string | null | undefined;
  storage: Storage;
}

/** The host's key imported; undefined (reported) when it is not one: then nothing can be verified. */
async function trustOf({ rulesPublicKey, rulesId, storage, report }: PackLoadOptions): Promise<Trust | undefined> {
  try {
    return { key: rulesPublicKey ? await importPackKey(rulesPublicKey) : undefined, rulesId, storage };
  } catch {
    report(packError('rules-signature-invalid', 'rulesPublicKey is not an ECDSA P-256 public key'));
    return undefined;
  }
}

/**
 * With `rulesPublicKey`, the `rulePack` property checked as a `rules-src` pack is: the pack file's exact text
 * (the bytes `rules:sign` hashed) with its manifest as `rulePackSignature`. An object has no signed bytes, so it
 * is refused as unsigned. Undefined (reported) when refused: the element falls back as if no rulePack were set.
 */
export async function fromProperty(options: PackLoadOptions): Promise<LoadedPack | undefined> {
  const { rulePack: text, report } = options;
  const trust = await trustOf(options);
  if (!trust) return undefined;
  const checked =
    typeof text == 'string'
      ? await checkPack(text, await sha256Hex(text), options.rulePackSignature ?? null, trust, 'The rulePack property')
      : packError('rules-signature-invalid', 'The rulePack property is not signed: give the signed JSON text');
  if ('pack' in checked) return { pack: checked.pack, source: 'property' };
  report(checked);
  return undefined;
}

/** The last pack text validated, by its hash: many elements given one signed rulePack validate it once. */
let lastValidation: [string, Promise<PackCheck>] | undefined;

/**
 * The signed manifest first (when there is a key: signature, the bytes' SHA-256, expiry), then the pack itself:
 * validated, unless `checked` (stored as valid by this same validator, its bytes matching their hash), when it
 * is only parsed; then its id and version against the manifest's, the id the host pins (`rules-id`), and the
 * highest version accepted for that id (an older one is a replay). The highest is remembered once it passes.
 */
async function checkPack(
  text: string,
  sha256: string,
  manifestText: string | null,
  trust: Trust,
  what: string,
  checked = false
) {
  const { key, rulesId, storage } = trust;
  const refuse = (why: string) => packError('rules-signature-invalid', `${what} ${why}`);
  const manifest = key ? (manifestText ? readManifest(manifestText) : 'is not signed') : undefined;
  if (typeof manifest === 'string') return refuse(manifest);
  const problem = manifest && (await manifestProblem(manifest, key!, sha256));
  if (problem) return refuse(problem);
  const json = text.replace(/^\uFEFF/, '');
  let pack: RulePack;
  if (checked) pack = validatedBefore(json);
  else {
    if (lastValidation?.[0] !== sha256) lastValidation = [sha256, validate(json)];
    const result = await lastValidation[1];
    if (!result.ok) return packError('rules-invalid', describeRefusal(what, result.errors));
    pack = result.pack;
  }
  const { id, version } = pack;
  if (rulesId && id !== rulesId) return packError('rules-invalid', `${what} is ${id}, not ${rulesId} (rules-id)`);
  if (manifest) {
    if (manifest.id !== id || manifest.version !== version)
      return refuse(`is ${id} ${version}, but its manifest signs ${manifest.id} ${manifest.version}`);
    const highest = await readHighestVersion(storage, id);
    if (highest && compareVersions(version, highest) < 0)
      return refuse(`is ${id} ${version}, older than ${highest} accepted before: refused as a replay`);
    if (highest !== version) await writeHighestVersion(storage, id, version);
  }
  return { pack };
}

/** The cached pack, checked at rest (shape, hash, signature, validity); anything that fails is deleted. */
async function fromCache(url: string, trust: Trust, report: (e: PackError) => void) {
  const { storage } = trust;
  const record = await readCachedPack(storage, url);
  if (!record) return undefined;
  const what = `The cached rule pack for ${url}`;
  const checked =
    record === 'corrupt'
      ? packError('rules-invalid', `${what} was unreadable and was discarded`)
      : (await sha256Hex(record.body)) !== record.sha256
        ? packError('rules-invalid', `${what} did not match its stored hash and was discarded`)
        : await checkPack(
            record.body,
            record.sha256,
            record.signature,
            trust,
            what,
            record.validatedBy === VALIDATOR_ID
          );
  if (record !== 'corrupt' && 'pack' in checked) {
    // Checked by this validator for the first time: remembered, so the next load need not load it.
    const current = { ...record, validatedBy: VALIDATOR_ID };
    if (record.validatedBy !== VALIDATOR_ID) await writeCachedPack(storage, current);
    await usedCachedPack(storage, url);
    return { record: current, pack: checked.pack } satisfies Verified;
  }
  await discardCachedPack(storage, url);
  report(checked as PackError);
  return undefined;
}

/** A conditional GET of rules-src; a new pack is verified in full before it is written, and only then used. */
async function refresh(
  url: URL,
  trust: Trust,
  cached: Verified | undefined,
  report: (e: PackError) => void,
  signal: AbortSignal | undefined
): Promise<LoadedPack | undefined> {
  const { storage } = trust;
  const fetched = await fetchPack(url, cached?.record.etag ?? null, !!trust.key, signal);
  if (!fetched || 'notModified' in fetched) return undefined;
  if ('code' in fetched) return void report(fetched);
  let body: string;
  try {
    // fatal + ignoreBOM: the text re-encodes to exactly the bytes received, so hash and signature hold at rest.
    body = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fetched.bytes);
  } catch {
    return void report(packError('rules-invalid', `The rule pack at ${url.href} is not UTF-8 text`));
  }
  const { etag, signature } = fetched;
  const sha256 = await sha256Hex(body);
  if (sha256 === cached?.record.sha256 && signature === cached.record.signature) {
    // The same pack under a new ETag: remember the ETag, so that the next check can be a 304.
    if (etag !== cached.record.etag) await writeCachedPack(storage, { ...cached.record, etag });
    return undefined;
  }
  const checked = await checkPack(body, sha256, signature, trust, `The rule pack at ${url.href}`);
  if (!('pack' in checked)) return void report(checked);
  const record = { url: url.href, etag, body, sha256, signature, fetchedAt: Date.now(), validatedBy: VALIDATOR_ID };
  await writeCachedPack(storage, record);
  await usedCachedPack(storage, url.href);
  return { pack: checked.pack, source: 'network' };
}
