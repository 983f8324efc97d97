// Runs the core's browser tests (test/core/*.test.ts) in Node, against the BUILT dist/core.js: the test
// files are bundled with their `./api.js` seam swapped for dist/core.js and chai for @open-wc/testing,
// and mocha's describe/it are node:test's. Code generation from strings is disallowed (see test:node).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const core = pathToFileURL(join(root, 'dist/core.js')).href;
const files = readdirSync(join(root, 'test/core')).filter(f => f.endsWith('.test.ts'));

const bundle = await build({
  stdin: {
    contents: files.map(f => `import './${f}';`).join('\n'),
    resolveDir: join(root, 'test/core'),
    sourcefile: 'core-suites.ts',
    loader: 'ts'
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  logLevel: 'error',
  // package.json lists the files with side effects for vendors' bundlers; test files are all side effect.
  ignoreAnnotations: true,
  alias: { '@open-wc/testing': '@esm-bundle/chai' },
  plugins: [
    {
      name: 'built-core',
      setup(b) {
        b.onResolve({ filter: /^\.\/api\.js$/ }, () => ({ path: core, external: true }));
      }
    }
  ]
});

// The point is to test what ships: no source file of the core may be bundled into the tests.
const fromSource = Object.keys(bundle.metafile.inputs).filter(f => /^(\.\.\/)*src\//.test(f));
if (fromSource.length) throw new Error(`the Node tests would run source, not dist/core.js: ${fromSource.join(', ')}`);

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
const dir = mkdtempSync(join(tmpdir(), 'core-suites-'));
const file = join(dir, 'core-suites.mjs');
writeFileSync(file, bundle.outputFiles[0].text);
try {
  await import(pathToFileURL(file).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
