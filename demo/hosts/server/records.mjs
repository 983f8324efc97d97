// The custody system's server side: it receives a completed check from the page, verifies it with the decision
// core, checks it is finished and for this custody record, then seals it with the server's own key and keeps it,
// or refuses it with the reasons. `verifyRecordJson` shows the record is consistent: it follows from its answers
// under the pack, and nothing in it was changed by accident. It cannot show who made it: anyone with the pack can
// build a consistent record from invented answers. The seal is what protects the record from then on: one
// changed in the store is refused when it is read back (`readRecord`).
import { sealRecord, verifyRecordJson, verifySeal } from 'bail-safeguarding/core';
import { RECEIVED_LABELS, receivedFields } from '../show-record.js';
import { loadSealKeys } from './seal-key.mjs';
import { RECORDS_PATH } from './routes.mjs';
import { recordStore } from './store.mjs';

/** A completed record of the default pack is about 30 kB; anything far larger is not one. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Why the record cannot go into custody record `caseId`; empty when it can.
 * @param {string} text the record's JSON as the page sent it
 * @param {string | null} caseId the custody record the page was for
 * @returns {Promise<string[]>}
 */
export async function checkRecord(text, caseId) {
  // Pass the pack the page used when it is not the default one: verifyRecordJson(text, forcePack).
  const { problems } = await verifyRecordJson(text);
  const record = parsed(text);
  if (typeof record === 'object' && record !== null) {
    const { decision, completedAt, caseId: recordCase } = /** @type {Record<string, unknown>} */ (record);
    if (!decision || !completedAt) problems.push('the officer has not recorded a decision: the check is not finished');
    if (recordCase !== caseId)
      problems.push(
        `the record is for custody record ${JSON.stringify(recordCase ?? null)}, not ${JSON.stringify(caseId)}`
      );
  }
  return problems;
}

/** @param {string} text */
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The server's seal keys and its store, made on first use. */
let keeping;
const keeper = () => (keeping ??= loadSealKeys().then(keys => ({ keys, store: recordStore() })));

class TooLarge extends Error {}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The record's JSON text and the custody record it is for: a form post (the element is a form field,
 * `name="record"`, beside `case-id`), or the record itself as a JSON body with `?case-id=` from a page's own
 * fetch. The text is kept as sent: verifyRecordJson reads it before anything parses it.
 * @param {string} type the request's Content-Type
 * @param {string} body
 * @param {URL} url
 */
function readSubmission(type, body, url) {
  const { caseId, text } = type.startsWith('application/json')
    ? { caseId: url.searchParams.get('case-id'), text: body }
    : (form => ({ caseId: form.get('case-id'), text: form.get('record') ?? '' }))(new URLSearchParams(body));
  JSON.parse(text); // not JSON at all: no record was sent (400)
  return { caseId, text };
}

const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/** The page a form post gets back: what was kept, or why nothing was. */
function resultPage(/** @type {string[]} */ problems, /** @type {unknown} */ record) {
  const accepted = problems.length === 0;
  const title = accepted ? 'Record accepted' : 'Record refused';
  const body = accepted
    ? `<p>The check was verified and added to the custody record.</p><dl>${Object.entries(RECEIVED_LABELS)
        .map(([field, label]) => {
          const value = receivedFields(/** @type {import('bail-safeguarding/core').BailCheckRecord} */ (record))[
            /** @type {keyof typeof RECEIVED_LABELS} */ (field)
          ];
          return `<dt>${escapeHtml(label)}</dt><dd data-field="${field}">${escapeHtml(value)}</dd>`;
        })
        .join('')}</dl>`
    : `<p>Nothing was added to the custody record. The record sent was refused because:</p><ul data-problems>${problems
        .map(p => `<li>${escapeHtml(p)}</li>`)
        .join('')}</ul>`;
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="/demo/hosts/hosts.css" />
  </head>
  <body>
    <main>
      <section class="received${accepted ? '' : ' refused'}">
        <h1>${title}</h1>
        ${body}
      </section>
      <p><a href="/demo/hosts/form/">Back to the custody record</a></p>
    </main>
  </body>
</html>`;
}

/** The headers of every answer: never cached, never sniffed, no script but the page's own. */
function head(/** @type {import('node:http').ServerResponse} */ res, /** @type {number} */ status, json = true) {
  res.writeHead(status, {
    'Content-Type': json ? 'application/json' : 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'"
  });
}

/**
 * Handles `POST /api/bail-records`: 201 when the record is sealed and kept (its address in `Location`), 422 with
 * the reasons when it is refused, 400 for a body that holds no record, 413 for one too large. A JSON request gets
 * JSON back.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function receiveRecord(req, res) {
  const type = req.headers['content-type'] ?? '';
  const json = type.startsWith('application/json');
  const reply = (/** @type {number} */ status, /** @type {string[]} */ problems, /** @type {unknown} */ record) => {
    head(res, status, json);
    res.end(json ? JSON.stringify({ accepted: problems.length === 0, problems }) : resultPage(problems, record));
  };
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return reply(405, ['only POST is accepted here'], undefined);
  }
  let submission;
  try {
    submission = readSubmission(type, await readBody(req), new URL(req.url ?? '/', 'http://host.invalid'));
  } catch (e) {
    if (e instanceof TooLarge) return reply(413, ['the request is too large to be a record'], undefined);
    return reply(400, ['no record was sent, or it is not JSON'], undefined);
  }
  const problems = await checkRecord(submission.text, submission.caseId);
  if (problems.length) return reply(422, problems, undefined);
  // Verified: sealed with the server's key and kept as sealed, so a change made in the store later is refused.
  const { keys, store } = await keeper();
  const sealed = await sealRecord(JSON.parse(submission.text), keys.privateKey);
  const id = await store.put(JSON.stringify(sealed));
  res.setHeader('Location', `${RECORDS_PATH}/${id}`);
  return reply(201, [], sealed);
}

/**
 * Handles `GET /api/bail-records/{id}`: 200 with the record as it was sealed; 409 with the reasons when the stored
 * record no longer matches its seal (it was changed in the store); 404 when there is none.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} id
 */
export async function readRecord(req, res, id) {
  const { keys, store } = await keeper();
  const text = await store.get(id);
  if (text === undefined) {
    head(res, 404);
    return res.end(JSON.stringify({ problems: ['no record is kept under this id'] }));
  }
  const record = parsed(text);
  const { ok, problems } = await verifySeal(record, keys.publicKey);
  head(res, ok ? 200 : 409);
  return res.end(ok ? text : JSON.stringify({ problems }));
}
