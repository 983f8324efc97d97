// The host's seal on a record: an ECDSA P-256 signature its server makes when it receives a record, so a record
// changed later in the host's store is refused. The record's own hash cannot do this: anyone with the pack can
// rebuild a consistent record and its hash; only the holder of the private key can seal one.
import { canonicalJson } from './canonical.js';
import type { RecordSeal } from './record-types.js';

export const SEAL_ALGORITHM = 'ECDSA-P256-SHA256';
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
// A P-256 signature is 64 bytes (r and s, as WebCrypto gives them): 88 base64 characters.
const SIGNATURE = /^[A-Za-z0-9+/]{86}==$/;

/** What is wrong with a record's `seal` member, or undefined when it is well formed. */
export function sealProblem(seal: unknown): string | undefined {
  if (typeof seal !== 'object' || seal === null || Array.isArray(seal)) return 'the seal is not an object';
  const { algorithm, signature } = seal as Record<string, unknown>;
  if (algorithm !== SEAL_ALGORITHM) return `the seal is not ${SEAL_ALGORITHM}`;
  if (typeof signature !== 'string' || !SIGNATURE.test(signature)) return 'the seal has no signature a P-256 key makes';
  if (Object.keys(seal).length !== 2) return 'the seal has members other than algorithm and signature';
  return undefined;
}

/** The record without its seal: what a seal covers (`integrity` included). */
function withoutSeal<T extends object>(record: T): Omit<T, 'seal'> {
  const rest = { ...record } as T & { seal?: unknown };
  delete rest.seal;
  return rest;
}

/** The bytes a seal signs: the canonical JSON of the record without its seal. */
const sealedBytes = (record: object): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(canonicalJson(withoutSeal(record)));

function isP256(key: CryptoKey, type: KeyType): boolean {
  const algorithm = key.algorithm as EcKeyAlgorithm;
  return key.type === type && algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256';
}

/**
 * The record with the host's seal: a new top-level `seal` (any seal it had is replaced). For the host's server,
 * after `verifyRecord` accepted what the page sent. Rejects when the key is not an ECDSA P-256 private key.
 */
export async function sealRecord<T extends object>(
  record: T,
  privateKey: CryptoKey
): Promise<Omit<T, 'seal'> & { seal: RecordSeal }> {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new TypeError('sealRecord: the record is not an object');
  if (!isP256(privateKey, 'private')) throw new TypeError('sealRecord: the key is not an ECDSA P-256 private key');
  const rest = withoutSeal(record);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGNING, privateKey, sealedBytes(rest)));
  return { ...rest, seal: { algorithm: SEAL_ALGORITHM, signature: btoa(String.fromCharCode(...signature)) } };
}

/**
 * Whether the record carries a seal made with the private key of `publicKey` over exactly what it holds now.
 * Never throws; every problem is a sentence a server can log. Says nothing of the record's own consistency:
 * `verifyRecord` does that.
 */
export async function verifySeal(record: unknown, publicKey: CryptoKey): Promise<{ ok: boolean; problems: string[] }> {
  const refused = (problem: string) => ({ ok: false, problems: [problem] });
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record))
      return refused('the record is not an object');
    if (!isP256(publicKey, 'public')) return refused('the key is not an ECDSA P-256 public key');
    if (!Object.hasOwn(record, 'seal')) return refused('the record has no seal');
    const seal = (record as { seal: unknown }).seal;
    const problem = sealProblem(seal);
    if (problem) return refused(problem);
    const signature = Uint8Array.from(atob((seal as RecordSeal).signature), c => c.charCodeAt(0));
    return (await crypto.subtle.verify(SIGNING, publicKey, signature, sealedBytes(record)))
      ? { ok: true, problems: [] }
      : refused('the seal does not match the record: it was changed after it was sealed, or sealed with another key');
  } catch {
    return refused('the seal could not be checked');
  }
}
