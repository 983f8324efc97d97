// A tiny static server on 127.0.0.1 for the first-question benchmark. It serves only the folders the
// pages need, with a cache lifetime, so a second visit in the same browser profile is a warm-cache visit.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CACHE_DIR = 'node_modules/.cache/bench';
const SERVED = ['bench/pages/', 'dist/', 'node_modules/survey-core/', 'node_modules/survey-js-ui/', `${CACHE_DIR}/`];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json'
};

/** Starts the server; resolves to { origin, close }. */
export function startServer() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(ROOT, path);
    const allowed = SERVED.some(prefix => path.split(sep).join('/').startsWith(prefix)) && file.startsWith(ROOT);
    let size = 0;
    try {
      size = allowed ? statSync(file).size : 0;
    } catch {
      size = 0;
    }
    if (!allowed || !size) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'public, max-age=3600'
    });
    createReadStream(file).pipe(res);
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise(done => server.close(done))
      })
    )
  );
}
