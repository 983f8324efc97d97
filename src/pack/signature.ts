// Pack signatures: ECDSA P-256 with SHA-256 over a signed manifest's members (manifest.ts), sent as base64 of the
// 64-byte r‖s form that Web Crypto produces (node:crypto: `dsaEncoding: 'ieee-p1363'`; see scripts/rules-sign.mjs).

/** A public key as a JWK (`{ kty: 'EC', crv: 'P-256', x, y }`) or an imported CryptoKey. */
export type PackPublicKey = JsonWebKey | CryptoKey;

/** Imports the key for verifying; rejects when it is not an ECDSA P-256 public key. */
export async function importPackKey(key: PackPublicKey): Promise<CryptoKey> {
  if ('algorithm' in key) return key; // a CryptoKey (duck-typed: it may come from another frame)
  // Only the public members: a private JWK passed by mistake must not make verify fail or leak its `d`.
  const { kty, crv, x, y } = key;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

/** Whether `signature` (base64) signs `bytes` under `key`. Never throws: anything malformed is a no. */
export async function verifySignature(key: CryptoKey, bytes: BufferSource, signature: string): Promise<boolean> {
  try {
    const raw = Uint8Array.from(atob(signature.trim()), c => c.charCodeAt(0));
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, bytes);
  } catch {
    return false;
  }
}
