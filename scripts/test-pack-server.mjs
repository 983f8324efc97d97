// Test only: a web-test-runner middleware serving rule packs the way a force's web server would (ETags,
// 304 on If-None-Match, CORS with the ETag exposed, detached signatures at <pack>.sig), and failing on demand.
// Each test configures its own pack id, so tests (and the two browsers running at once) never share state.
//
//   POST /__packs/<id>              JSON { body, base64?, etag?, status?, drop?, signature?, redirect?, padding? }:
//                                   what <id> serves now
//                                   base64: the body as base64 instead (bytes that are not UTF-8)
//                                   etag: a string, or null for no ETag header (default: a hash of body)
//                                   status: answer every pack request with this status and no body
//                                   drop: close the connection without an answer (the network is down)
//                                   redirect: answer 302 to this URL; padding: that many spaces after the body
//                                   delay: ms before the pack's headers; stall: ms after its first half (both
//                                   end early when the client closes: the log says 'closed')
//                                   sigPadding: that many spaces after the .sig's text
//                                   signature: 'valid' (a manifest signed with the server's key), 'other' (a
//                                   valid manifest of other bytes), 'detached' (the old form: a bare signature
//                                   of the bytes), any other string as is; absent: no .sig (404)
//                                   manifest: with 'valid', members to sign instead of the true ones
//                                   ({ id, version, expires, sha256 }); expires defaults to a day from now
//   GET  /__packs/<id>/pack.json    the pack            GET /__packs/<id>/pack.json.sig   its signature
//   GET  /__packs/<id>/log          [{ file, ifNoneMatch, status }] for every request for <id> so far
//   GET  /__packs/public-key        the public JWK the server signs with
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { newKeyPair, packManifest, signPack } from './rules-sign.mjs';

const { privateJwk, publicJwk } = newKeyPair();
const packs = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function configure(config, log = []) {
  const bytes = config.base64 ? Buffer.from(config.base64, 'base64') : Buffer.from(config.body ?? '', 'utf8');
  const etag =
    config.etag === undefined ? `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"` : config.etag;
  const manifest = body =>
    JSON.stringify(
      packManifest(body, privateJwk, new Date(Date.now() + 86_400_000).toISOString(), config.manifest ?? {})
    );
  const signature =
    config.signature === 'valid'
      ? manifest(bytes)
      : config.signature === 'other'
        ? manifest(Buffer.concat([bytes, Buffer.from(' ')]))
        : config.signature === 'detached'
          ? signPack(bytes, privateJwk)
          : config.signature;
  return { ...config, bytes, etag, signature, log };
}

export function testPackServer() {
  return async function packServer(ctx, next) {
    const match = /^\/__packs\/([\w-]+)(?:\/(pack\.json(?:\.sig)?|log))?$/.exec(ctx.path);
    if (!match) return next();
    const [, id, file] = match;
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Access-Control-Expose-Headers', 'ETag');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Headers', 'If-None-Match');
      ctx.status = 204;
      return undefined;
    }
    if (id === 'public-key' && !file) {
      ctx.body = publicJwk;
      return undefined;
    }
    if (ctx.method === 'POST' && !file) {
      packs.set(id, configure(JSON.parse(await readBody(ctx.req)), packs.get(id)?.log));
      ctx.status = 204;
      return undefined;
    }
    const pack = packs.get(id);
    if (!pack) {
      ctx.status = 404;
      return undefined;
    }
    if (file === 'log') {
      ctx.body = pack.log;
      return undefined;
    }
    const entry = { file, ifNoneMatch: ctx.get('If-None-Match') || null, status: 0 };
    pack.log.push(entry);
    ctx.set('Cache-Control', 'no-cache');
    // The client gave up (an abort closes the connection) before the answer was complete.
    const closed = new Promise(resolve => ctx.res.once('close', () => resolve(!ctx.res.writableFinished)));
    const waitOrClose = ms => {
      let timer;
      return Promise.race([closed, new Promise(resolve => (timer = setTimeout(resolve, ms, false)))]).finally(() =>
        clearTimeout(timer)
      );
    };
    void closed.then(early => early && (entry.closed = true));
    if (pack.delay && file === 'pack.json' && (await waitOrClose(pack.delay))) {
      entry.status = 'closed';
      ctx.status = 408; // for the runner's log of failed requests: not a 404
      ctx.respond = false;
      return undefined;
    }
    if (pack.drop) {
      entry.status = 'dropped';
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
    if (pack.redirect) ctx.redirect(pack.redirect);
    else if (pack.status) ctx.status = pack.status;
    else if (pack.stall && file === 'pack.json') {
      ctx.type = 'application/json';
      const half = pack.bytes.length >> 1;
      ctx.body = Readable.from(
        (async function* () {
          yield pack.bytes.subarray(0, half);
          if (!(await waitOrClose(pack.stall))) yield pack.bytes.subarray(half);
        })()
      );
    } else if (pack.sigPadding && file.endsWith('.sig')) {
      ctx.body = `${pack.signature}${' '.repeat(pack.sigPadding)}`;
    } else if (pack.padding && !file.endsWith('.sig')) {
      // The body, then `padding` spaces, streamed in 64 kB pieces; `sent` counts what left before the end or
      // before the client closed the connection (a download stopped early).
      ctx.type = 'application/json';
      entry.sent = 0;
      const piece = Buffer.alloc(65_536, 32);
      let left = pack.padding;
      ctx.body = Readable.from(
        (async function* () {
          yield pack.bytes;
          entry.sent += pack.bytes.length;
          while (left > 0) {
            const chunk = left >= piece.length ? piece : piece.subarray(0, left);
            left -= chunk.length;
            yield chunk;
            entry.sent += chunk.length;
          }
        })()
      );
    } else if (file.endsWith('.sig')) {
      if (pack.signature) ctx.body = `${pack.signature}\n`;
      else ctx.status = 404;
    } else if (pack.etag && entry.ifNoneMatch === pack.etag) {
      ctx.set('ETag', pack.etag);
      ctx.status = 304;
    } else {
      if (pack.etag) ctx.set('ETag', pack.etag);
      ctx.type = 'application/json';
      ctx.body = pack.bytes;
    }
    entry.status = ctx.status;
    return undefined;
  };
}
