// Signed manifests: what binds a pack's bytes to what it is. Beside the pack at rules-src + ".sig", a small JSON
// `{ id, version, expires, sha256, signature }`; the signature (ECDSA P-256, SHA-256, base64 r‖s) is over the
// canonical JSON of the other four (keys sorted, no whitespace: scripts/rules-sign.mjs writes the same). A
// pack is used only when the signature verifies, the body's SHA-256 is the manifest's, the pack's own id and
// version are the manifest's, and `expires` has not passed. The old detached form (a bare base64 signature of
// the bytes) bound none of that, and is refused with a word on how to re-sign.
import { canonicalJson } from '../canonical.js';
import { verifySignature } from './signature.js';

export interface PackManifest {
  id: string;
  version: string;
  /** An ISO 8601 time: after it, the pack is refused (cached copies included). */
  expires: string;
  /** SHA-256 (hex) of the pack file's exact bytes. */
  sha256: string;
  signature: string;
}

const MEMBERS = ['id', 'version', 'expires', 'sha256', 'signature'] as const;

/** The manifest in `text`, or why it is not one. */
export function readManifest(text: string): PackManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'has a signature of the old detached form (or no manifest): sign it again with `npm run rules:sign`';
  }
  const record = value as Record<string, unknown>;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(record).length !== MEMBERS.length ||
    !MEMBERS.every(m => typeof record[m] === 'string')
  )
    return `has a manifest that is not { ${MEMBERS.join(', ')} } (all strings)`;
  return value as PackManifest;
}

/** What the signature covers: the manifest without its signature, as canonical JSON. */
export function signedPart({ id, version, expires, sha256 }: PackManifest): string {
  return canonicalJson({ id, version, expires, sha256 });
}

/**
 * Why the manifest does not vouch for these bytes now, or undefined when it does: its signature under `key`,
 * the bytes' hash (`sha256`) and its expiry at `now`. The pack's id and version are compared once it is read.
 */
export async function manifestProblem(
  manifest: PackManifest,
  key: CryptoKey,
  sha256: string,
  now = Date.now()
): Promise<string | undefined> {
  if (!(await verifySignature(key, new TextEncoder().encode(signedPart(manifest)), manifest.signature)))
    return 'has a manifest whose signature does not verify';
  if (manifest.sha256 !== sha256) return 'does not match the SHA-256 its manifest signs';
  if (!(Date.parse(manifest.expires) > now)) return `has a manifest that expired (${manifest.expires})`;
  return undefined;
}

/** Semantic versions compared: negative when `a` is lower (a pre-release is lower than its release). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => {
    const [core = '', ...pre] = v.split('+')[0]!.split('-');
    return { numbers: core.split('.').map(Number), pre: pre.join('-') };
  };
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) if (x.numbers[i] !== y.numbers[i]) return (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (!x.pre || !y.pre) return x.pre ? -1 : 1;
  return x.pre < y.pre ? -1 : 1;
}
