// The only network traffic there is: GET rules-src (conditional on the stored ETag) and, when a public key is
// set, GET rules-src + ".sig" (the signed manifest, manifest.ts). Nothing is parsed or trusted here.

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

export async function fetchPack(url: URL, etag: string | null, signed: boolean): Promise<PackFetch | PackError> {
  const failed = (why: string) =>
    packError('rules-fetch-failed', `The rule pack at ${url.href} could not be fetched: ${why}`);
  // no-store: the browser's HTTP cache must neither answer for the server nor turn its 304 into a 200.
  const get = (target: URL, headers: Record<string, string> = {}) => fetch(target, { cache: 'no-store', headers });
  try {
    const response = await get(url, etag ? { 'If-None-Match': etag } : {});
    if (response.status === 304 && etag) return { notModified: true };
    const elsewhere = (r: Response) => r.redirected && new URL(r.url).origin !== url.origin;
    if (elsewhere(response))
      return packError('rules-origin-refused', `The rule pack at ${url.href} redirected to another origin`);
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let signature: string | null = null;
    if (signed) {
      const sig = await get(signatureUrl(url));
      if (!sig.ok || elsewhere(sig))
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
