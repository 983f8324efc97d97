// The package as a vendor receives it: `npm pack` into a scratch folder, unpacked where npm would install it
// (node_modules/bail-safeguarding), with the packages a host brings itself (React's types, Vue, Lit, zod,
// TypeScript) linked from this repository's own node_modules, so nothing is fetched: the host sees the tarball's
// files and nothing else of the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packs the package (dist/ must be built) and returns the tarball's path and the files it holds. */
export function packTarball(dir) {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })
  );
  return { tarball: join(dir, report.filename), files: report.files.map(f => f.path) };
}

/**
 * A scratch host folder with the tarball unpacked as node_modules/bail-safeguarding and `links` (package names)
 * linked from the repository's node_modules. Returns the folder and a function that removes it.
 */
export function scratchHost(links = []) {
  const dir = mkdtempSync(join(tmpdir(), 'issue-16-host-'));
  const { tarball, files } = packTarball(dir);
  const target = join(dir, 'node_modules/bail-safeguarding');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  for (const name of links) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` ({ path: text }) into `dir`. */
export function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json'
};

/**
 * Serves the folder `dir` on 127.0.0.1 (with `headers` on every response), opens `path` in Chromium and hands the
 * page to `use`; the page's uncaught errors are collected in `errors`. Closes both after.
 */
export async function inChromium(dir, path, use, headers = {}) {
  const [{ createServer }, { createReadStream, existsSync, statSync }, { extname, normalize }] = await Promise.all([
    import('node:http'),
    import('node:fs'),
    import('node:path')
  ]);
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROMIUM_ARGS, findChromium } = await import('../../scripts/browsers.mjs');
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, url.endsWith('/') ? `${url}index.html` : url));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
    return await use(page, errors);
  } finally {
    await browser.close();
    server.close();
  }
}
