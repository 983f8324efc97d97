// The example hosts' dynamic routes, shared by `npm run hosts` (server.mjs) and the browser tests
// (test/hosts/serve-hosts.mjs): the records endpoint (records sent in, sealed records read back), the force's rule
// pack as a host's API serves it, and the React host bundled on request.
import { readFile } from 'node:fs/promises';

export const RECORDS_PATH = '/api/bail-records';
export const RULE_PACK_PATH = '/api/rule-pack';
export const REACT_APP_PATH = '/demo/hosts/react/app.js';

const RULE_PACK_FILE = new URL('../../../rules/default-pack.json', import.meta.url);

/**
 * Answers the request when it is one of these routes; false when it is not (the caller serves files).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function handle(req, res) {
  const path = new URL(req.url ?? '/', 'http://host.invalid').pathname;
  if (path === RECORDS_PATH) {
    const { receiveRecord } = await import('./records.mjs');
    await receiveRecord(req, res);
    return true;
  }
  if (path.startsWith(`${RECORDS_PATH}/`) && req.method === 'GET') {
    const { readRecord } = await import('./records.mjs');
    await readRecord(req, res, path.slice(RECORDS_PATH.length + 1));
    return true;
  }
  if (path === RULE_PACK_PATH && req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
    res.end(await readFile(RULE_PACK_FILE));
    return true;
  }
  if (path === REACT_APP_PATH && req.method === 'GET') {
    const { bundleReactHost } = await import('../react/build.mjs');
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(await bundleReactHost());
    return true;
  }
  return false;
}
