// The only network traffic there is: GET rules-src (conditional on the stored ETag) and, when a public key is
// set, GET rules-src + ".sig" (the signed manifest, manifest.ts). Nothing is parsed or trusted here.
import { LIMITS } from './format.js';

export type PackErrorCode =
  'rules-fetch-failed' | 'rules-timeout' | 'rules-invalid' | 'rules-signature-invalid' | 'rules-origin-refused';

export interface PackError {
  code: PackErrorCode;
  /** A sentence for the host's logs: the pack's URL and what went wrong, nothing personal. */
  message: string;
}

export type PackFetch = { notModified: true } | { bytes: Uint8Array; etag: string | null; signature: string | null };

export const packError = (code: PackErrorCode, message: string): PackError => ({ code, message });

/**
 * `rules-src` as an absolute URL, if the page may fetch it: same origin as the page, or an origin the host
 * listed (`allowedOrigins`, e.g. `['https://rules.example.police.uk']`).
 */
export function packUrl(src: string, allowedOrigins: readonly string[] = []): URL | PackError {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return packError('rules-fetch-failed', `rules-src "${src}" is not a URL`);
  }
  const allowed = (origin: string) => {
    try {
      return new URL(origin).origin === url.origin;
    } catch {
      return false;
    }
  };
  if (url.origin === location.origin || allowedOrigins.some(allowed)) return url;
  return packError('rules-origin-refused', `rules-src ${url.origin} is not this page's origin nor an allowed one`);
}

/** The pack file's URL with ".sig" appended to its path (query kept). */
export function signatureUrl(url: URL): URL {
  const sig = new URL(url);
  sig.pathname += '.sig';
  return sig;
}

/** The most bytes read of a pack: no text of LIMITS.packChars characters is longer in UTF-8 than this. */
export const PACK_BYTES = 3 * LIMITS.packChars;

/** The most bytes read of a signed manifest: one is under 1 kB (id, version, expiry, hash, signature). */
export const MANIFEST_BYTES = 65_536;

/**
 * How long rules-src may keep the page waiting: `quietMs` without a byte (headers or body) and `totalMs` in all,
 * the pack and its manifest together. Generous for a slow custody network; the tests shorten them.
 */
export const fetchTimeouts = { quietMs: 15_000, totalMs: 120_000 };

/**
 * The body's bytes, read as they arrive and abandoned past `cap` (a 64 MB body is not downloaded); each chunk
 * counts as a sign of life (`alive`).
 */
async function readCapped(response: Response, cap: number, alive: () => void): Promise<Uint8Array | undefined> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    alive();
    if ((size += r.value.length) > cap) return void (await reader.cancel());
    chunks.push(r.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return bytes;
}

/**
 * GET the pack (and its manifest when `signed`). `signal` abandons it (rules-src changed, the element left the
 * page): the result is then undefined and nothing is reported. A server that goes quiet, or takes too long in
 * all, is abandoned as `rules-timeout`.
 */
export async function fetchPack(
  url: URL,
  etag: string | null,
  signed: boolean,
  signal?: AbortSignal
): Promise<PackFetch | PackError | undefined> {
  const failed = (why: string) =>
    packError('rules-fetch-failed', `The rule pack at ${url.href} could not be fetched: ${why}`);
  const stop = new AbortController();
  const { quietMs, totalMs } = fetchTimeouts;
  let timedOut = 0;
  const giveUp = (ms: number) => setTimeout(() => ((timedOut = ms), stop.abort()), ms);
  let quiet = giveUp(quietMs);
  const total = giveUp(totalMs);
  const alive = () => (clearTimeout(quiet), (quiet = giveUp(quietMs)));
  const abandon = () => stop.abort();
  signal?.addEventListener('abort', abandon);
  // no-store: the browser's HTTP cache must neither answer for the server nor turn its 304 into a 200.
  // manual: a redirect is never followed, so no hop reaches an origin nobody allowed (fetch shows no hops).
  const get = async (target: URL, headers: Record<string, string> = {}) => {
    const response = await fetch(target, { cache: 'no-store', headers, redirect: 'manual', signal: stop.signal });
    alive();
    return response;
  };
  const redirected = packError(
    'rules-origin-refused',
    `The rule pack at ${url.href} redirected: rules-src must name the pack's own address, as no redirect is followed`
  );
  try {
    if (signal?.aborted) return undefined;
    const response = await get(url, etag ? { 'If-None-Match': etag } : {});
    if (response.status === 304 && etag) return { notModified: true };
    if (response.type === 'opaqueredirect') return redirected;
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const bytes = await readCapped(response, PACK_BYTES, alive);
    if (!bytes) return packError('rules-invalid', `The rule pack at ${url.href} is larger than ${PACK_BYTES} bytes`);
    let signature: string | null = null;
    if (signed) {
      const sig = await get(signatureUrl(url));
      const refuse = (why: string) =>
        packError('rules-signature-invalid', `The signed manifest for the rule pack at ${url.href} ${why}`);
      if (sig.type === 'opaqueredirect') return redirected;
      if (!sig.ok) return refuse(`is missing (HTTP ${sig.status})`);
      const manifest = await readCapped(sig, MANIFEST_BYTES, alive);
      if (!manifest) return refuse(`is larger than ${MANIFEST_BYTES} bytes`);
      signature = new TextDecoder().decode(manifest);
    }
    return { bytes, etag: response.headers.get('ETag'), signature };
  } catch (e) {
    if (signal?.aborted) return undefined;
    if (timedOut)
      return packError(
        'rules-timeout',
        `The rule pack at ${url.href} was abandoned: ${timedOut === totalMs ? 'not complete after' : 'nothing received for'} ${timedOut / 1000} s`
      );
    return failed(`${(e as Error | null)?.name ?? 'error'} (offline, or refused by the server or CORS)`);
  } finally {
    clearTimeout(quiet);
    clearTimeout(total);
    signal?.removeEventListener('abort', abandon);
  }
}
