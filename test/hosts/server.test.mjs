// The example hosts' Node server as `npm run hosts` runs it (demo/hosts/server/server.mjs, its own process, code
// generation from strings disallowed): the records endpoint verifies with the built core and answers with the
// right status, for form posts and JSON; only the hosts' pages and the built files are served.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assess, validatePack } from 'bail-safeguarding/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let base;

before(async () => {
  server = spawn(process.execPath, ['--disallow-code-generation-from-strings', 'demo/hosts/server/server.mjs', '0'], {
    cwd: root,
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
after(() => server.kill());

/** A finished record, as the element makes it, for custody record CR-2025-0042. */
async function finished(caseId = 'CR-2025-0042') {
  const answers = { 'decision.stage': 'post-charge', 'suspect.on-bail': 'yes' };
  const provisional = await assess({ answers, caseId, now: '2025-06-01T10:00:00Z' });
  return assess({
    answers,
    caseId,
    now: '2025-06-01T10:05:00Z',
    decision: { outcome: provisional.outcome.recommended }
  });
}

const postJson = body =>
  fetch(`${base}/api/bail-records`, {
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
  const response = await postJson({ caseId: 'CR-2025-0042', record: await finished() });
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { accepted: true, problems: [] });
});

test('refuses a changed record with the reasons (JSON): 422', async () => {
  const record = await finished();
  const response = await postJson({ caseId: 'CR-2025-0042', record: { ...record, riskLevel: 'standard' } });
  assert.equal(response.status, 422);
  const { accepted, problems } = await response.json();
  assert.equal(accepted, false);
  assert.ok(problems.includes('the hash does not match the record: it was changed after it was made'), problems);
});

test('refuses an unfinished record, and one for another custody record', async () => {
  const provisional = await assess({ answers: {}, caseId: 'CR-2025-0042' });
  const unfinished = await (await postJson({ caseId: 'CR-2025-0042', record: provisional })).json();
  assert.deepEqual(unfinished.problems, ['the officer has not recorded a decision: the check is not finished']);
  const other = await (await postJson({ caseId: 'CR-2025-0999', record: await finished() })).json();
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
  assert.equal((await postJson({ record: 'x'.repeat(300 * 1024) })).status, 413);
  const get = await fetch(`${base}/api/bail-records`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
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
