// `npm run hosts` (after `npm run build`): every example host at http://127.0.0.1:8787/demo/hosts/, with the
// custody system's records endpoint (records.mjs) and its rule pack API, the React host bundled on request
// (routes.mjs), and the files the pages load (demo/hosts/ and the built dist/), nothing else.
// `node demo/hosts/server/server.mjs 9000` serves on another port (0: any free one). A demonstration, not a
// production server.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handle } from './routes.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SERVED = ['/demo/hosts/', '/dist/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json'
};

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serveFile(req, res) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host.invalid').pathname);
  if (path === '/') {
    res.writeHead(302, { Location: '/demo/hosts/' });
    return res.end();
  }
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))];
  let body;
  if (type && SERVED.some(dir => file.startsWith(dir)) && !file.split('/').includes('..'))
    body = await readFile(join(root, file)).catch(() => undefined);
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  res.writeHead(200, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    // Pages may be framed only by pages of this origin: the iframe bridge's parent must be listed here too.
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': "frame-ancestors 'self'" } : {})
  });
  return res.end(body);
}

const server = createServer((req, res) => {
  handle(req, res)
    .then(async handled => {
      if (!handled) await serveFile(req, res);
    })
    .catch(error => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Server error');
    });
});
server.listen(Number(process.argv[2] ?? 8787), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Example hosts: http://127.0.0.1:${port}/demo/hosts/`);
});
