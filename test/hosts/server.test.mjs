// The example hosts' Node server as `npm run hosts` runs it (demo/hosts/server/server.mjs, its own process, code
// generation from strings disallowed): the records endpoint verifies with the built core and answers with the
// right status, for form posts and JSON; it seals what it keeps, and a record changed in its store is refused
// when read back; only the hosts' pages and the built files are served.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assess, validatePack, verifyRecord, verifySeal } from 'bail-safeguarding/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let base;
// The server's store (a folder this test can change behind its back) and its seal key (a JWK file).
const dir = mkdtempSync(join(tmpdir(), 'bail-records-'));
let publicKey;

before(async () => {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  publicKey = keys.publicKey;
  const keyFile = join(dir, 'seal-key.jwk');
  writeFileSync(keyFile, JSON.stringify(await crypto.subtle.exportKey('jwk', keys.privateKey)));
  server = spawn(process.execPath, ['--disallow-code-generation-from-strings', 'demo/hosts/server/server.mjs', '0'], {
    cwd: root,
    env: { ...process.env, BAIL_RECORDS_DIR: dir, BAIL_RECORDS_SEAL_KEY: keyFile },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  base = await new Promise((resolve, reject) => {
    server.stdout.on('data', chunk => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
      if (found) resolve(found[0]);
    });
    server.on('exit', code => reject(new Error(`the server exited (${code})`)));
  });
});
after(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** A finished record, as the element makes it, for custody record CR-2025-0042. */
async function finished(
  caseId = 'CR-2025-0042',
  answers = { 'decision.stage': 'post-charge', 'suspect.on-bail': 'yes' }
) {
  const provisional = await assess({ answers, caseId, now: '2025-06-01T10:00:00Z' });
  return assess({
    answers,
    caseId,
    startedAt: '2025-06-01T10:00:00Z',
    now: '2025-06-01T10:05:00Z',
    decision: { outcome: provisional.outcome.recommended }
  });
}

/** The record as a JSON body, for custody record `caseId` (in the query). */
const postJson = (body, caseId = 'CR-2025-0042') =>
  fetch(`${base}/api/bail-records?case-id=${encodeURIComponent(caseId)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });

const postForm = fields => fetch(`${base}/api/bail-records`, { method: 'POST', body: new URLSearchParams(fields) });

/** A GET with the path sent exactly as written (fetch would resolve `..` itself). */
const rawGet = path =>
  new Promise((resolve, reject) => {
    request(`${base}${path}`, res => {
      res.resume();
      resolve(res.statusCode);
    })
      .on('error', reject)
      .end();
  });

test('accepts a finished record for this custody record (JSON): 201', async () => {
  const response = await postJson(await finished());
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { accepted: true, problems: [] });
  assert.match(response.headers.get('location'), /^\/api\/bail-records\/[0-9a-f-]{36}$/);
});

test('refuses a changed record with the reasons (JSON): 422', async () => {
  const record = await finished();
  const response = await postJson({ ...record, riskLevel: 'standard' });
  assert.equal(response.status, 422);
  const { accepted, problems } = await response.json();
  assert.equal(accepted, false);
  assert.ok(problems.includes('the hash does not match the record: it was changed after it was made'), problems);
});

test('refuses an unfinished record, and one for another custody record', async () => {
  const provisional = await assess({ answers: {}, caseId: 'CR-2025-0042' });
  const unfinished = await (await postJson(provisional)).json();
  assert.deepEqual(unfinished.problems, ['the officer has not recorded a decision: the check is not finished']);
  const other = await (await postJson(await finished(), 'CR-2025-0999')).json();
  assert.deepEqual(other.problems, ['the record is for custody record "CR-2025-0042", not "CR-2025-0999"']);
});

test('answers a form post with a page, the record shown as text only', async () => {
  const caseId = 'CR-<b>1</b>';
  const response = await postForm({ 'case-id': caseId, record: JSON.stringify(await finished(caseId)) });
  assert.equal(response.status, 201);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  assert.match(response.headers.get('content-security-policy'), /script-src 'self'/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const page = await response.text();
  assert.match(page, /<h1>Record accepted<\/h1>/);
  assert.match(page, /<dd data-field="caseId">CR-&#60;b&#62;1&#60;\/b&#62;<\/dd>/);
  assert.ok(!page.includes('<b>'));
});

test('400 for no record, 413 for a body too large, 405 for anything but POST', async () => {
  assert.equal((await postJson('not json')).status, 400);
  assert.equal((await postForm({ 'case-id': 'CR-2025-0042' })).status, 400);
  assert.equal((await postJson({ summaryText: 'x'.repeat(300 * 1024) })).status, 413);
  const get = await fetch(`${base}/api/bail-records`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
});

test('refuses a record whose JSON holds the decision key twice, before parsing it: 422', async () => {
  const text = JSON.stringify(await finished());
  const lenient = '{"outcome":"bail-without-conditions","agreesWithRecommendation":false,"reason":"x","at":"x"}';
  const response = await postJson(text.replace('"decision":', `"decision":${lenient},"decision":`));
  assert.equal(response.status, 422);
  assert.deepEqual((await response.json()).problems, [
    'the record\'s JSON holds the key "decision" twice in one object'
  ]);
});

/** Posts a finished record; returns where the server keeps it and the file it keeps it in. */
async function kept(record) {
  const response = await postJson(record);
  assert.equal(response.status, 201);
  const location = response.headers.get('location');
  return { location, file: join(dir, `${location.split('/').at(-1)}.json`) };
}

test('keeps the record sealed with its key, and gives it back as kept', async () => {
  const record = await finished();
  const { location, file } = await kept(record);
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  assert.deepEqual({ ...stored, seal: undefined }, { ...record, seal: undefined });
  assert.equal(stored.seal.algorithm, 'ECDSA-P256-SHA256');
  // The seal is the server key's (this test holds the public half) over the record exactly as received.
  assert.deepEqual(await verifySeal(stored, publicKey), { ok: true, problems: [] });
  const back = await fetch(`${base}${location}`);
  assert.equal(back.status, 200);
  assert.deepEqual(await back.json(), stored);
  assert.equal((await fetch(`${base}/api/bail-records/00000000-0000-4000-8000-000000000000`)).status, 404);
  assert.equal((await fetch(`${base}/api/bail-records/..%2fseal-key`)).status, 404);
});

test('a record changed in the store is refused when read back, even one rebuilt to be consistent: 409', async () => {
  const { location, file } = await kept(await finished());
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  // An insider with the pack rewrites the answers and rebuilds the record: consistent, so verifyRecord accepts
  // it (the hash has no key), and keeps the seal that was there.
  const calm = await finished('CR-2025-0042', { 'decision.stage': 'post-charge', 'suspect.on-bail': 'no' });
  assert.notDeepEqual(calm.answers, stored.answers);
  assert.deepEqual(await verifyRecord(calm), { ok: true, problems: [] });
  const changes = [
    { ...calm, seal: stored.seal },
    { ...stored, riskLevel: 'standard' },
    { ...stored, decision: { ...stored.decision, reason: 'Victim agreed.' } }
  ];
  for (const changed of changes) {
    writeFileSync(file, JSON.stringify(changed));
    const back = await fetch(`${base}${location}`);
    assert.equal(back.status, 409);
    assert.deepEqual((await back.json()).problems, [
      'the seal does not match the record: it was changed after it was sealed, or sealed with another key'
    ]);
  }
  writeFileSync(file, JSON.stringify(stored));
  assert.equal((await fetch(`${base}${location}`)).status, 200);
});

test("serves the hosts' pages, the built core, its rule pack and the React host, and nothing else", async () => {
  const index = await fetch(`${base}/demo/hosts/`);
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-security-policy'), "frame-ancestors 'self'");
  assert.equal((await fetch(`${base}/dist/core.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  const pack = await fetch(`${base}/api/rule-pack`);
  assert.equal(validatePack(await pack.json()).ok, true);
  const react = await fetch(`${base}/demo/hosts/react/app.js`);
  assert.equal(react.status, 200);
  assert.match(await react.text(), /bail-check-complete/);
  for (const path of [
    '/package.json',
    '/demo/hosts/server/records.mjs',
    '/demo/hosts/react/app.tsx',
    '/demo/hosts/..%2f..%2f..%2fpackage.json',
    '/src/core.ts'
  ])
    assert.equal(await rawGet(path), 404, path);
});
