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
