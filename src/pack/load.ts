// Where the element's pack comes from. The element asks here; it never validates, fetches or stores
// packs itself. Every pack from outside the code (the rulePack property, a new pack from the network) is
// validated before use, by the validator loaded on demand (validator.ts). The bundled pack is part of the
// code: the build refuses to ship an invalid one (scripts/build.mjs), so it is not validated again in the
// browser. A cached pack was validated before it was stored: it is used again without the validator when
// its bytes still match their hash and the same validator checked it (VALIDATOR_ID).
import { VALIDATOR_ID } from '../build-facts.js';
import { sha256Hex } from '../canonical.js';
import { defaultPack } from '../default-pack.js';
import { discardCachedPack, readCachedPack, writeCachedPack, type CachedPack } from '../storage/pack-cache.js';
import type { Storage } from '../storage/storage.js';
import { markAccepted } from './accepted.js';
import { fetchPack, packError, packUrl, type PackError } from './fetch.js';
import type { RulePack } from './schema.js';
import { importPackKey, verifySignature, type PackPublicKey } from './signature.js';
import { loadValidator, type PackCheck, type PackProblem } from './validator.js';

export type PackSource = 'property' | 'cache' | 'network' | 'bundled';

export interface LoadedPack {
  pack: RulePack;
  source: PackSource;
}

export interface PackRefusal {
  code: 'rules-invalid';
  message: string;
  errors: PackProblem[];
}

function describeRefusal(what: string, errors: PackProblem[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${what} was refused: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`;
}

const bundled: LoadedPack = { pack: defaultPack, source: 'bundled' };

/** checkPackErrors, loaded on demand; a validator that cannot be loaded refuses the pack with that reason. */
async function validate(input: unknown): Promise<PackCheck> {
  try {
    return (await loadValidator()).checkPackErrors(input);
  } catch (e) {
    const why = `the validator could not be loaded (${(e as Error | null)?.name ?? 'error'})`;
    return { ok: false, errors: [{ path: '(pack)', message: why }] };
  }
}

/** Each `rulePack` object's check, so that many elements given one object validate it once. */
const checks = new WeakMap<object, Promise<PackCheck>>();

/**
 * The pack to start with: the bundled one at once, or, with a `rulePack` property, a promise of it once
 * validated (else of the bundled pack, with the refusal reported).
 */
function initialPack(rulePack: unknown, report: (refusal: PackRefusal) => void): LoadedPack | Promise<LoadedPack> {
  if (rulePack === undefined || rulePack === null) return bundled;
  const check = checks.get(rulePack as object) ?? validate(rulePack);
  if (typeof rulePack == 'object') checks.set(rulePack, check);
  return check.then(result => {
    if (result.ok) return { pack: result.pack, source: 'property' };
    report({
      code: 'rules-invalid',
      message: describeRefusal('The rulePack property', result.errors),
      errors: result.errors
    });
    return bundled;
  });
}

export interface PackLoadOptions {
  /** The element's `rulePack` property: when set and valid, it is used and nothing is fetched or cached. */
  rulePack?: unknown;
  /** The `rules-src` attribute. */
  rulesSrc?: string | null;
  /** The `rulesPublicKey` property: when set, packs must carry a valid signature, cached ones included. */
  rulesPublicKey?: PackPublicKey | null;
  /** Origins besides the page's own that `rules-src` may name: a list, or the `rules-origins` attribute. */
  allowedOrigins?: readonly string[] | string | null;
  storage: Storage;
  /** Each refusal or failure, as it happens; the pack in use stays what it was. */
  report(error: PackError): void;
}

export interface PackLoad {
  /**
   * The bundled pack, to render at once; with a `rulePack` property, a promise of it once validated (of the
   * bundled pack when it is refused). Never rejects.
   */
  initial: LoadedPack | Promise<LoadedPack>;
  /** The verified cached copy of `rules-src` (source 'cache'), or undefined. Settles after `initial`. Never rejects. */
  cached: Promise<LoadedPack | undefined>;
  /**
   * A new pack from the network (source 'network'), verified and already cached; undefined after a 304, a
   * failure, or with nothing to fetch. Settles after `cached`. Never rejects.
   */
  fresh: Promise<LoadedPack | undefined>;
}

interface Verified {
  record: CachedPack;
  pack: RulePack;
}

const none = Promise.resolve(undefined);

/**
 * Starts loading the pack for one element: `initial` (at once for the bundled pack), then the cached copy,
 * then a background refresh from `rules-src`. Reports refusals through `report`.
 */
export function loadPack(options: PackLoadOptions): PackLoad {
  const initial = initialPack(options.rulePack, options.report);
  if (initial instanceof Promise) {
    // A valid property is used and nothing is fetched; a refused one falls back as if it were absent.
    const rest = initial.then(loaded => (loaded.source === 'property' ? undefined : fromSource(options)));
    return {
      initial,
      cached: rest.then(load => load?.cached),
      fresh: rest.then(load => load?.fresh)
    };
  }
  return { initial, ...(fromSource(options) ?? { cached: none, fresh: none }) };
}

/** The cached copy of `rules-src` and its refresh; undefined without a `rules-src` this page may fetch. */
function fromSource(options: PackLoadOptions): Omit<PackLoad, 'initial'> | undefined {
  const { rulesSrc, rulesPublicKey, storage, report } = options;
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
    let key: CryptoKey | undefined;
    try {
      if (rulesPublicKey) key = await importPackKey(rulesPublicKey);
    } catch {
      // Without a usable key nothing can be verified, so nothing but the bundled pack is used.
      report(packError('rules-signature-invalid', 'rulesPublicKey is not an ECDSA P-256 public key'));
      return undefined;
    }
    return { key, cached: await fromCache(storage, url.href, key, report) };
  })().catch(guard);
  const cached = start.then(s => s?.cached && { pack: s.cached.pack, source: 'cache' as const });
  const fresh = start.then(s => s && refresh(url, s.key, s.cached, storage, report)).catch(guard);
  return { cached, fresh };
}

/**
 * Signature (when there is a key) over the exact bytes, then the pack itself: validated, unless `checked`
 * (stored as valid by this same validator, its bytes matching their hash), when it is only parsed.
 */
async function checkPack(
  text: string,
  signature: string | null,
  key: CryptoKey | undefined,
  what: string,
  checked = false
) {
  if (key && !(signature && (await verifySignature(key, new TextEncoder().encode(text), signature))))
    return packError(
      'rules-signature-invalid',
      `${what} ${signature ? 'has a signature that does not verify' : 'is not signed'}`
    );
  const json = text.replace(/^\uFEFF/, '');
  if (checked) {
    const pack = JSON.parse(json) as RulePack;
    markAccepted(pack);
    return { pack };
  }
  const result = await validate(json);
  return result.ok ? { pack: result.pack } : packError('rules-invalid', describeRefusal(what, result.errors));
}

/** The cached pack, checked at rest (shape, hash, signature, validity); anything that fails is deleted. */
async function fromCache(storage: Storage, url: string, key: CryptoKey | undefined, report: (e: PackError) => void) {
  const record = await readCachedPack(storage, url);
  if (!record) return undefined;
  const what = `The cached rule pack for ${url}`;
  const checked =
    record === 'corrupt'
      ? packError('rules-invalid', `${what} was unreadable and was discarded`)
      : (await sha256Hex(record.body)) !== record.sha256
        ? packError('rules-invalid', `${what} did not match its stored hash and was discarded`)
        : await checkPack(record.body, record.signature, key, what, record.validatedBy === VALIDATOR_ID);
  if (record !== 'corrupt' && 'pack' in checked) {
    // Checked by this validator for the first time: remembered, so the next load need not load it.
    const current = { ...record, validatedBy: VALIDATOR_ID };
    if (record.validatedBy !== VALIDATOR_ID) await writeCachedPack(storage, current);
    return { record: current, pack: checked.pack } satisfies Verified;
  }
  await discardCachedPack(storage, url);
  report(checked as PackError);
  return undefined;
}

/** A conditional GET of rules-src; a new pack is verified in full before it is written, and only then used. */
async function refresh(
  url: URL,
  key: CryptoKey | undefined,
  cached: Verified | undefined,
  storage: Storage,
  report: (e: PackError) => void
): Promise<LoadedPack | undefined> {
  const fetched = await fetchPack(url, cached?.record.etag ?? null, !!key);
  if ('code' in fetched) return void report(fetched);
  if ('notModified' in fetched) return undefined;
  let body: string;
  try {
    // fatal + ignoreBOM: the text re-encodes to exactly the bytes received, so hash and signature hold at rest.
    body = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fetched.bytes);
  } catch {
    return void report(packError('rules-invalid', `The rule pack at ${url.href} is not UTF-8 text`));
  }
  const { etag, signature } = fetched;
  const sha256 = await sha256Hex(body);
  if (sha256 === cached?.record.sha256) {
    // The same pack under a new ETag: remember the ETag, so that the next check can be a 304.
    if (etag !== cached.record.etag) await writeCachedPack(storage, { ...cached.record, etag });
    return undefined;
  }
  const checked = await checkPack(body, signature, key, `The rule pack at ${url.href}`);
  if (!('pack' in checked)) return void report(checked);
  const record = { url: url.href, etag, body, sha256, signature, fetchedAt: Date.now(), validatedBy: VALIDATOR_ID };
  await writeCachedPack(storage, record);
  return { pack: checked.pack, source: 'network' };
}
