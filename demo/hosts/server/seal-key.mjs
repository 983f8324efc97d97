// The key pair the example host seals received records with (sealRecord, ECDSA P-256). A real host keeps its
// private key where only its server can use it (a key store, or a cloud KMS that signs for it). Here:
// BAIL_RECORDS_SEAL_KEY names a file holding the private key as a JWK; without it, a pair is made when the
// server starts, so records sealed by an earlier run cannot be checked after a restart.
import { readFile } from 'node:fs/promises';

const EC = { name: 'ECDSA', namedCurve: 'P-256' };

/** @returns {Promise<CryptoKeyPair>} */
export async function loadSealKeys(file = process.env.BAIL_RECORDS_SEAL_KEY) {
  if (!file) return /** @type {Promise<CryptoKeyPair>} */ (crypto.subtle.generateKey(EC, false, ['sign', 'verify']));
  const { kty, crv, x, y, d } = JSON.parse(await readFile(file, 'utf8'));
  if (kty !== 'EC' || crv !== 'P-256' || !d) throw new Error(`${file} does not hold an EC P-256 private key (JWK)`);
  return {
    privateKey: await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, EC, false, ['sign']),
    publicKey: await crypto.subtle.importKey('jwk', { kty, crv, x, y }, EC, true, ['verify'])
  };
}
