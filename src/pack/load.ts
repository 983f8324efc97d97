// Where the element's pack comes from. The element asks here; it never validates, fetches or stores
// packs itself. Every pack from outside the code (the rulePack property, a new pack from the network) is
// validated before use, by the validator loaded on demand (validator.ts). The bundled pack is part of the
// code: the build refuses to ship an invalid one (scripts/build.mjs), so it is not validated again in the
// browser. What `rules-src` needs (fetch, signature, the pack cache: rules-src.ts) is loaded on demand too,
// only when `rules-src` is set or a `rulePack` must be signed (a key is set), so a page on the bundled pack never
// fetches that code either.
import { defaultPack } from '../default-pack.js';
import type { PackError } from './fetch.js';
import type * as RulesSrc from './rules-src.js';
import type { RulePack } from './schema.js';
import type { Storage } from '../storage/storage.js';
import type { PackPublicKey } from './signature.js';
import { describeRefusal, validate, type PackCheck, type PackProblem } from './validator.js';

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

const bundled: LoadedPack = { pack: defaultPack, source: 'bundled' };

/** Each `rulePack` object's check, so that many elements given one object validate it once. */
const checks = new WeakMap<object, Promise<PackCheck>>();

/**
 * The pack to start with: the bundled one at once, or, with a `rulePack` property, a promise of it once
 * validated (else of the bundled pack, with the refusal reported).
 */
function initialPack(options: PackLoadOptions): LoadedPack | Promise<LoadedPack> {
  const { rulePack, report } = options;
  if (rulePack === undefined || rulePack === null) return bundled;
  // With a key, only a signed pack: checked by the rules-src code, loaded for it (rules-src.ts: fromProperty).
  if (options.rulesPublicKey)
    return rulesSrcCode(options)
      .then(code => code?.fromProperty(options))
      .catch(() => void report({ code: 'rules-invalid', message: 'The rulePack property could not be checked' }))
      .then(loaded => loaded ?? bundled);
  const check = checks.get(rulePack as object) ?? validate(rulePack);
  if (typeof rulePack == 'object') checks.set(rulePack, check);
  return check.then(result => {
    if (result.ok) return { pack: result.pack, source: 'property' };
    const refusal: PackRefusal = {
      code: 'rules-invalid',
      message: describeRefusal('The rulePack property', result.errors),
      errors: result.errors
    };
    report(refusal);
    return bundled;
  });
}

export interface PackLoadOptions {
  /**
   * The element's `rulePack` property: when set and valid, it is used and nothing is fetched or cached. With
   * `rulesPublicKey`, only the signed text of a pack file with its manifest (`rulePackSignature`).
   */
  rulePack?: unknown;
  /**
   * The `rulePackSignature` property: with `rulesPublicKey`, the signed manifest of `rulePack`, which must then be
   * the pack file's exact text (the manifest's `sha256` is of those bytes).
   */
  rulePackSignature?: string | null;
  /** The `rules-src` attribute. */
  rulesSrc?: string | null;
  /**
   * The `rulesPublicKey` property: when set, `rules-src` packs must carry a signed manifest (manifest.ts) that
   * vouches for them now, cached ones included, and no older version of an id than one accepted before is used.
   */
  rulesPublicKey?: PackPublicKey | null;
  /** The `rules-id` attribute: when set, a `rules-src` pack with another id is refused. */
  rulesId?: string | null;
  /** Origins besides the page's own that `rules-src` may name: a list, or the `rules-origins` attribute. */
  allowedOrigins?: readonly string[] | string | null;
  storage: Storage;
  /** Abandons the request to `rules-src` (the element changed it, or left the page): nothing more is fetched. */
  signal?: AbortSignal;
  /** Each refusal or failure, as it happens; the pack in use stays what it was. */
  report(error: PackError): void;
  /** How the rules-src code is fetched (loadRulesSrc; the tests give an import that fails). */
  loadCode?: () => Promise<typeof RulesSrc>;
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

const none = Promise.resolve(undefined);

/**
 * Starts loading the pack for one element: `initial` (at once for the bundled pack), then the cached copy,
 * then a background refresh from `rules-src`. Reports refusals through `report`.
 */
export function loadPack(options: PackLoadOptions): PackLoad {
  const initial = initialPack(options);
  if (initial instanceof Promise) {
    // A valid property is used and nothing is fetched; a refused one falls back as if it were absent.
    const rest = initial.then(loaded => (loaded.source === 'property' ? undefined : fromSource(options)));
    return {
      initial,
      cached: rest.then(load => load?.cached),
      fresh: rest.then(load => load?.fresh)
    };
  }
  return { initial, ...fromSource(options) };
}

/** The rules-src code, a chunk of its own: the first call fetches it; a page that never sets rules-src never does. */
const loadRulesSrc = () => import('./rules-src.js');

/**
 * The cached copy of `rules-src` and its refresh, once the code for them has loaded. A chunk that cannot be
 * loaded is reported as a failed fetch (`rules-fetch-failed`), and the pack in use stays.
 */
function fromSource(options: PackLoadOptions): Omit<PackLoad, 'initial'> {
  if (!options.rulesSrc) return { cached: none, fresh: none };
  const source = rulesSrcCode(options).then(code => code?.fromSource(options));
  return { cached: source.then(s => s?.cached), fresh: source.then(s => s?.fresh) };
}

/** The rules-src chunk; undefined when it cannot be loaded, reported as a failed fetch (the pack in use stays). */
const rulesSrcCode = (options: PackLoadOptions) =>
  (options.loadCode ?? loadRulesSrc)().catch(
    (e: unknown) =>
      void options.report({
        code: 'rules-fetch-failed',
        message: `The code that fetches and verifies rule packs could not be loaded (${(e as Error | null)?.name}): the bundled pack stays`
      })
  );
