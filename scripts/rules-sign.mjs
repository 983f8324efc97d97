#!/usr/bin/env node
// Signs rule packs for `rulesPublicKey`: a signed manifest beside the pack, <pack>.sig, a small JSON
// { id, version, expires, sha256, signature } that binds the file's exact bytes (SHA-256) to the pack's id and
// version until `expires`. The signature is ECDSA P-256 with SHA-256 over the canonical JSON of the other four
// members (keys sorted, no whitespace; src/pack/manifest.ts checks the same), as base64 of the 64-byte r‖s form.
//
//   npm run rules:sign -- pack.json private.jwk [--expires 2027-06-01 | --expires 90d]   writes pack.json.sig
//   npm run rules:sign -- --new-key keys/force        writes keys/force.private.jwk (mode 600) and .public.jwk
//   npm run rules:sign -- --verify pack.json public.jwk
//
// The manifest expires after DEFAULT_DAYS unless --expires says otherwise. See docs/rule-pack-publishing.md.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const P1363 = 'ieee-p1363';

function readKey(file, kind) {
  const jwk = JSON.parse(readFileSync(file, 'utf8'));
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new Error(`${file} is not an EC P-256 JWK`);
  if (kind === 'private' && !jwk.d) throw new Error(`${file} is a public key; signing needs the private one`);
  return kind === 'private'
    ? createPrivateKey({ key: jwk, format: 'jwk' })
    : createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
}

/** The base64 signature of `bytes` under a private key (a KeyObject or a private JWK). */
export function signPack(bytes, privateKey) {
  const key = privateKey.type === 'private' ? privateKey : createPrivateKey({ key: privateKey, format: 'jwk' });
  return sign('sha256', bytes, { key, dsaEncoding: P1363 }).toString('base64');
}

export function verifyPack(bytes, signature, publicKey) {
  return verify('sha256', bytes, { key: publicKey, dsaEncoding: P1363 }, Buffer.from(signature.trim(), 'base64'));
}

/** How long a manifest holds when --expires is not given: long enough for a release cycle, short enough to end. */
export const DEFAULT_DAYS = 180;

/** What the signature covers: the manifest's other members as canonical JSON (all strings: keys sorted). */
export const signedPart = ({ id, version, expires, sha256 }) => JSON.stringify({ expires, id, sha256, version });

/**
 * The signed manifest for a pack file's `bytes`: its id and version read from the pack, `expires` an ISO time.
 * `claims` overrides what is signed (the tests sign manifests that lie).
 */
export function packManifest(bytes, privateKey, expires, claims = {}) {
  const pack = JSON.parse(
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
  );
  const fields = {
    id: String(pack.id),
    version: String(pack.version),
    expires,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...claims
  };
  return { ...fields, signature: signPack(Buffer.from(signedPart(fields)), privateKey) };
}

/** `--expires` as an ISO time: a date or time (`2027-06-01`), or a number of days from now (`90d`). */
export function expiresAt(value, now = Date.now()) {
  const days = /^(\d+)d$/.exec(value ?? `${DEFAULT_DAYS}d`);
  const time = days ? now + Number(days[1]) * 86_400_000 : Date.parse(value);
  if (!Number.isFinite(time) || time <= now) throw new Error(`--expires ${value}: not a time in the future`);
  return new Date(time).toISOString();
}

/** Why the manifest text does not vouch for `bytes` under the public key now, or undefined when it does. */
export function manifestProblem(bytes, text, publicKey, now = Date.now()) {
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    return 'is not a manifest (an old detached signature?): sign the pack again';
  }
  if (!verifyPack(Buffer.from(signedPart(manifest)), String(manifest.signature), publicKey))
    return 'has a signature that does not verify';
  const pack = JSON.parse(
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
  );
  if (manifest.sha256 !== createHash('sha256').update(bytes).digest('hex')) return 'signs other bytes';
  if (manifest.id !== pack.id || manifest.version !== pack.version) return 'signs another id or version';
  if (!(Date.parse(manifest.expires) > now)) return `expired (${manifest.expires})`;
  return undefined;
}

export function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateJwk: privateKey.export({ format: 'jwk' }), publicJwk: publicKey.export({ format: 'jwk' }) };
}

/** The command: `args` as the script takes them; `name` is how the usage line calls it. */
export function signCommand(args, name = 'rules:sign --') {
  if (args[0] === '--new-key' && args[1]) {
    const { privateJwk, publicJwk } = newKeyPair();
    writeFileSync(`${args[1]}.private.jwk`, `${JSON.stringify(privateJwk)}\n`, { mode: 0o600, flag: 'wx' });
    writeFileSync(`${args[1]}.public.jwk`, `${JSON.stringify(publicJwk)}\n`, { flag: 'wx' });
    console.log(`wrote ${args[1]}.private.jwk (keep it secret, off the web server) and ${args[1]}.public.jwk`);
  } else if (args[0] === '--verify' && args[2]) {
    const problem = manifestProblem(
      readFileSync(args[1]),
      readFileSync(`${args[1]}.sig`, 'utf8'),
      readKey(args[2], 'public')
    );
    console.log(problem ? `${args[1]}.sig does NOT verify: it ${problem}` : `${args[1]}.sig verifies`);
    if (problem) process.exitCode = 1;
  } else if ((args.length === 2 || (args.length === 4 && args[2] === '--expires')) && !args[0].startsWith('--')) {
    const bytes = readFileSync(args[0]);
    const manifest = packManifest(bytes, readKey(args[1], 'private'), expiresAt(args[3]));
    writeFileSync(`${args[0]}.sig`, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`wrote ${args[0]}.sig: ${manifest.id} ${manifest.version}, expires ${manifest.expires}`);
  } else {
    console.error(
      `usage: ${name} <pack.json> <private.jwk> [--expires <date|days>d] | --new-key <name> | --verify <pack.json> <public.jwk>`
    );
    process.exitCode = 2;
  }
}

// Run as a script (never where dist/cli.mjs has bundled this module: its URL is then the bundle's).
if (import.meta.url.endsWith('/rules-sign.mjs') && process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    signCommand(process.argv.slice(2));
  } catch (e) {
    console.error(`rules:sign: ${e.message}`);
    process.exitCode = 1;
  }
}
