// Runs TypeScript test files in Node against the BUILT dist/core.js: the files are bundled with esbuild, the
// core's seam test/core/api.ts swapped for dist/core.js and chai for @open-wc/testing, and mocha's
// describe/it are node:test's. Only the source files named in `source` may be bundled: anything else of src/
// would be tested from source, not as it ships. Code generation from strings is disallowed (see test:node).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const core = pathToFileURL(join(root, 'dist/core.js')).href;

/** Bundles and runs every `*.test.ts` in `dir` (relative to the project); `source`: the src/ files allowed in. */
export async function runTestFiles(dir, { source = [] } = {}) {
  const files = readdirSync(join(root, dir)).filter(f => f.endsWith('.test.ts'));
  const bundle = await build({
    stdin: {
      contents: files.map(f => `import './${f}';`).join('\n'),
      resolveDir: join(root, dir),
      sourcefile: 'suites.ts',
      loader: 'ts'
    },
    absWorkingDir: root,
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
          const api = join(root, 'test/core/api.js');
          b.onResolve({ filter: /api\.js$/ }, args =>
            join(args.resolveDir, args.path) === api ? { path: core, external: true } : undefined
          );
        }
      }
    ]
  });

  // Inputs are named relative to the project (absWorkingDir).
  const fromSource = Object.keys(bundle.metafile.inputs).filter(f => f.startsWith('src/') && !source.includes(f));
  if (fromSource.length) throw new Error(`the Node tests would run source, not dist/core.js: ${fromSource.join(', ')}`);

  Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
  const tmp = mkdtempSync(join(tmpdir(), 'node-suites-'));
  const file = join(tmp, 'suites.mjs');
  writeFileSync(file, bundle.outputFiles[0].text);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
