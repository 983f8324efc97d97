// npm run build: dist/ as DESIGN.md lists it.
//   bail-safeguarding.js  the element, defined on import, with the default pack inside: it needs nothing but
//                         its own folder, where its chunks wait: -later.js (loaded once it has painted),
//                         -validate.js (only when a pack must be checked: a rulePack property, a new rules-src
//                         pack) and -rules-src.js (only when rules-src is set)
//   element.js            the element class and define(), no side effects (element-*.js chunks beside it)
//   core.js               the decision core, no DOM, runs in Node 20+: one self-contained file
//   types/                declarations
//   lib/                  the same three entries for bundlers and Node (package.json "exports"): one module graph,
//                         Lit and zod left to the host, nothing defined outside a page (scripts/bundler-build.mjs)
//   cli.mjs               the bail-safeguarding command (check, sign, schema) with the validator inside
// and THIRD-PARTY-NOTICES.md beside package.json: the licences of the packages those files carry.
//
// `node scripts/build.mjs core` builds only the named entries; `--if-stale` builds only when a file of
// dist/ is missing or older than the sources (the Node tests use it, so a fresh clone works and a test run
// after `npm test`'s own build does not build again).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { buildForBundlers } from './bundler-build.mjs';
import { buildFacts, libBuild, PACK_FILE } from './lib-build-options.mjs';
import { checkPackFile, root } from './rules-check.mjs';
import { writeNotices } from './third-party-notices.mjs';

export const ENTRIES = [
  { name: 'bail-safeguarding', entry: 'components/index.ts', split: true },
  { name: 'element', entry: 'components/element.ts', split: true },
  { name: 'core', entry: 'src/core.ts', split: false }
];
const SOURCES = ['src', 'components', 'rules', 'package.json', 'scripts/build.mjs', 'scripts/lib-build-options.mjs'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map(name => newest(join(path, name))));
}

/** Whether every file of `names` is built and newer than every source. */
export function isBuilt(names = ENTRIES.map(e => e.name)) {
  const files = names.map(name => join(root, 'dist', `${name}.js`));
  if (!files.every(f => existsSync(f))) return false;
  if (names.length === ENTRIES.length && !existsSync(join(root, 'dist/types'))) return false;
  return Math.min(...files.map(newest)) >= Math.max(...SOURCES.map(s => newest(join(root, s))));
}

/** dist/cli.mjs, the bail-safeguarding command: scripts/cli.mjs with the validator bundled in (zod too). */
async function buildCommand() {
  await esbuild({
    entryPoints: [join(root, 'scripts/cli.mjs')],
    outfile: join(root, 'dist/cli.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // rules-check.mjs imports esbuild only to bundle source, which the command never does (its validator is here).
    external: ['esbuild'],
    sourcemap: true,
    logLevel: 'error'
  });
}

async function main() {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const only = args.filter(a => !a.startsWith('--'));
  const chosen = only.length ? ENTRIES.filter(e => only.includes(e.name)) : ENTRIES;
  if (ifStale && isBuilt(chosen.map(e => e.name))) return;

  // The bundled pack ships inside the code and is not validated again in the browser: refuse to build it
  // if the validator finds any error in it.
  const check = await checkPackFile(join(root, PACK_FILE));
  if (!check.ok) {
    process.stderr.write(`${check.lines.join('\n')}\nbuild refused: the bundled pack ${PACK_FILE} is invalid\n`);
    process.exit(1);
  }
  const define = await buildFacts();
  if (!only.length) rmSync(join(root, 'dist'), { recursive: true, force: true });
  // One build per entry, so each is complete in itself: a vendor can copy any one of them (with its
  // validation chunk) alone.
  for (const { name, entry, split } of chosen) await build(libBuild({ entry, name, define, split }));
  if (!only.length) {
    await buildForBundlers(define);
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
    await buildCommand();
    writeNotices(); // THIRD-PARTY-NOTICES.md: the licences of what the files just built carry
  }
  console.log(`built ${chosen.map(e => `dist/${e.name}.js`).join(', ')}${only.length ? '' : ' and dist/types/'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
