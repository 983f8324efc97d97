// The package's entries for bundlers and Node (package.json "exports"): dist/lib/, one build of every entry, so
// they share one module graph (`bail-safeguarding` and `bail-safeguarding/element` give the same class, and the
// core is not carried twice). Lit and zod stay imports by name, for the host's bundler to resolve once with its
// own copies (deduplicated); Node resolves Lit to its server build. Each `x.bundler.ts` replaces its `x.ts` here
// (define() checks for a page, the sheet is Lit's), so importing an entry in Node throws and defines nothing. Not minified: the host's
// bundler does that. The self-contained files at the top of dist/ (for <script> hosts) are built apart, by
// lib-build-options.mjs, and do not change with this.
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { root } from './rules-check.mjs';

export const BUNDLER_DIR = 'dist/lib';

/** Each entry of dist/lib/ and its source. */
export const BUNDLER_ENTRIES = {
  'bail-safeguarding': 'components/index.ts',
  element: 'components/element.ts',
  core: 'src/core.ts'
};

/** The dependencies a host resolves (package.json "dependencies"), with their subpaths. */
const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/reactive-element|zod)(\/.*)?$/;

/**
 * A module `x.ts` that has an `x.bundler.ts` beside it is replaced by it here: the script-tag build's page-only
 * shortcuts (components/page-guard.ts, the element's sheet.ts) become what Node and server renderers can import.
 */
function bundlerVariants() {
  return {
    name: 'bsc-bundler-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const variant = resolved?.id.replace(/\.ts$/, '.bundler.ts');
      return variant && variant !== resolved.id && existsSync(variant) ? variant : null;
    }
  };
}

/** The Vite options for dist/lib/: `define` holds the build facts (lib-build-options.mjs buildFacts()). */
export function bundlerBuild({ define, outDir = BUNDLER_DIR, write = true }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    define,
    plugins: [bundlerVariants()],
    build: {
      outDir,
      write,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: BUNDLER_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        external: id => EXTERNAL.test(id),
        output: { chunkFileNames: 'chunks/[name].js' }
      }
    }
  };
}

/** Builds dist/lib/. */
export async function buildForBundlers(define) {
  await build(bundlerBuild({ define }));
}
