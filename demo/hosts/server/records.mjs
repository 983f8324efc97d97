// The custody system's server side: it receives a completed check from the page, verifies it with the decision
// core, checks it is finished and for this custody record, and keeps it or refuses it with the reasons.
// `verifyRecord` rebuilds the record from its answers under the pack and compares every field, so a record
// changed on the way (even with its hash recomputed) is refused.
import { verifyRecord } from 'bail-safeguarding/core';
import { RECEIVED_LABELS, receivedFields } from '../show-record.js';

/** A completed record of the default pack is about 30 kB; anything far larger is not one. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Why the record cannot go into custody record `caseId`; empty when it can.
 * @param {unknown} record the parsed JSON the page sent
 * @param {string | null} caseId the custody record the page was for
 * @returns {Promise<string[]>}
 */
export async function checkRecord(record, caseId) {
  // Pass the pack the page used when it is not the default one: verifyRecord(record, forcePack).
  const { problems } = await verifyRecord(record);
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
 * The record and the custody record it is for: a form post (the element is a form field, `name="record"`,
 * beside `case-id`), or JSON `{ caseId, record }` from a page's own fetch.
 * @param {string} type the request's Content-Type
 * @param {string} body
 */
function readSubmission(type, body) {
  if (type.startsWith('application/json')) {
    const { caseId = null, record } = JSON.parse(body);
    return { caseId, record };
  }
  const form = new URLSearchParams(body);
  return { caseId: form.get('case-id'), record: JSON.parse(form.get('record') ?? '') };
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

/**
 * Handles `POST /api/bail-records`: 201 when the record is kept, 422 with the reasons when it is refused,
 * 400 for a body that holds no record, 413 for one too large. A JSON request gets JSON back.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function receiveRecord(req, res) {
  const type = req.headers['content-type'] ?? '';
  const json = type.startsWith('application/json');
  const reply = (/** @type {number} */ status, /** @type {string[]} */ problems, /** @type {unknown} */ record) => {
    res.writeHead(status, {
      'Content-Type': json ? 'application/json' : 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'"
    });
    res.end(json ? JSON.stringify({ accepted: problems.length === 0, problems }) : resultPage(problems, record));
  };
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return reply(405, ['only POST is accepted here'], undefined);
  }
  let submission;
  try {
    submission = readSubmission(type, await readBody(req));
  } catch (e) {
    if (e instanceof TooLarge) return reply(413, ['the request is too large to be a record'], undefined);
    return reply(400, ['no record was sent, or it is not JSON'], undefined);
  }
  const problems = await checkRecord(submission.record, submission.caseId);
  // A real host stores the record here, as it came (JSON, with its hash), in the custody record.
  return reply(problems.length ? 422 : 201, problems, submission.record);
}
