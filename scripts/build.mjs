// npm run build: dist/ as DESIGN.md lists it.
//   bail-safeguarding.js  one self-contained ES module that defines the element (default pack inside)
//   element.js            the element class and define(), no side effects
//   core.js               the decision core, no DOM, runs in Node 20+
//   types/                declarations
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { MINIFY_OPTIONS } from './lib-build-options.mjs';

const entries = [
  { name: 'bail-safeguarding', entry: 'components/index.ts' },
  { name: 'element', entry: 'components/element.ts' },
  { name: 'core', entry: 'src/core.ts' }
];

// `node scripts/build.mjs core` builds only the named entries (the Node tests need only the core).
const only = process.argv.slice(2);
const chosen = only.length ? entries.filter(e => only.includes(e.name)) : entries;

// The bundled pack ships inside the code and is not validated again in the browser: refuse to build it
// if the validator finds any error in it.
const check = spawnSync(process.execPath, ['scripts/rules-check.mjs', 'rules/default-pack.json'], { encoding: 'utf8' });
if (check.status !== 0) {
  process.stderr.write(
    `${check.stdout}${check.stderr}\nbuild refused: the bundled pack rules/default-pack.json is invalid\n`
  );
  process.exit(1);
}
if (!only.length) rmSync('dist', { recursive: true, force: true });
for (const { name, entry } of chosen) {
  // One build per entry, so each file is self-contained: a vendor can copy any one of them alone.
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      ...MINIFY_OPTIONS,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { codeSplitting: false } }
    }
  });
}
if (!only.length) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built ${chosen.map(e => `dist/${e.name}.js`).join(', ')}${only.length ? '' : ' and dist/types/'}`);
