#!/usr/bin/env node
// Signs rule packs for `rulesPublicKey`: ECDSA P-256 with SHA-256 over the file's exact bytes, written as
// base64 of the 64-byte r‖s signature (what Web Crypto verifies) to <pack>.sig, next to the pack.
//
//   npm run rules:sign -- pack.json private.jwk       writes pack.json.sig
//   npm run rules:sign -- --new-key keys/force        writes keys/force.private.jwk (mode 600) and .public.jwk
//   npm run rules:sign -- --verify pack.json public.jwk
//
// See docs/rule-pack-publishing.md.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
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
    const ok = verifyPack(readFileSync(args[1]), readFileSync(`${args[1]}.sig`, 'utf8'), readKey(args[2], 'public'));
    console.log(ok ? `${args[1]}.sig verifies` : `${args[1]}.sig does NOT verify`);
    if (!ok) process.exitCode = 1;
  } else if (args.length === 2 && !args[0].startsWith('--')) {
    const signature = signPack(readFileSync(args[0]), readKey(args[1], 'private'));
    writeFileSync(`${args[0]}.sig`, `${signature}\n`);
    console.log(`wrote ${args[0]}.sig`);
  } else {
    console.error(`usage: ${name} <pack.json> <private.jwk> | --new-key <name> | --verify <pack.json> <public.jwk>`);
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
