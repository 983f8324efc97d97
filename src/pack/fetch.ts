// The only network traffic there is: GET rules-src (conditional on the stored ETag) and, when a public key is
// set, GET rules-src + ".sig" (the signed manifest, manifest.ts). Nothing is parsed or trusted here.
import { LIMITS } from './format.js';

export type PackErrorCode = 'rules-fetch-failed' | 'rules-invalid' | 'rules-signature-invalid' | 'rules-origin-refused';

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

/** The body's bytes, read as they arrive and abandoned past PACK_BYTES (a 64 MB body is not downloaded). */
async function readCapped(response: Response): Promise<Uint8Array | undefined> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    if ((size += r.value.length) > PACK_BYTES) return void (await reader.cancel());
    chunks.push(r.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return bytes;
}

export async function fetchPack(url: URL, etag: string | null, signed: boolean): Promise<PackFetch | PackError> {
  const failed = (why: string) =>
    packError('rules-fetch-failed', `The rule pack at ${url.href} could not be fetched: ${why}`);
  // no-store: the browser's HTTP cache must neither answer for the server nor turn its 304 into a 200.
  // manual: a redirect is never followed, so no hop reaches an origin nobody allowed (fetch shows no hops).
  const get = (target: URL, headers: Record<string, string> = {}) =>
    fetch(target, { cache: 'no-store', headers, redirect: 'manual' });
  const redirected = packError(
    'rules-origin-refused',
    `The rule pack at ${url.href} redirected: rules-src must name the pack's own address, as no redirect is followed`
  );
  try {
    const response = await get(url, etag ? { 'If-None-Match': etag } : {});
    if (response.status === 304 && etag) return { notModified: true };
    if (response.type === 'opaqueredirect') return redirected;
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const bytes = await readCapped(response);
    if (!bytes) return packError('rules-invalid', `The rule pack at ${url.href} is larger than ${PACK_BYTES} bytes`);
    let signature: string | null = null;
    if (signed) {
      const sig = await get(signatureUrl(url));
      if (sig.type === 'opaqueredirect') return redirected;
      if (!sig.ok)
        return packError(
          'rules-signature-invalid',
          `No signed manifest for the rule pack at ${url.href} (HTTP ${sig.status})`
        );
      signature = await sig.text();
    }
    return { bytes, etag: response.headers.get('ETag'), signature };
  } catch (e) {
    return failed(`${(e as Error | null)?.name ?? 'error'} (offline, or refused by the server or CORS)`);
  }
}
