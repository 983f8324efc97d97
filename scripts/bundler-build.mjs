// The package's entries for bundlers and Node (package.json "exports"): dist/lib/, one build of every entry, so
// they share one module graph (`bail-safeguarding` and `bail-safeguarding/element` give the same class, and the
// core is not carried twice). Lit, zod and idb stay imports by name, for the host's bundler to resolve once with
// its own copies (deduplicated); Node resolves Lit to its server build. Not minified: the host's bundler does that,
// and a vendor reading a stack trace reads the code. The self-contained files at the top of dist/ (for <script>
// hosts) are built apart, by lib-build-options.mjs, and do not change with this.
import { build } from 'vite';
import { root } from './rules-check.mjs';

export const BUNDLER_DIR = 'dist/lib';

/** Each entry of dist/lib/ and its source; the types-only entries (react, vue) are empty modules. */
export const BUNDLER_ENTRIES = {
  'bail-safeguarding': 'components/index.ts',
  element: 'components/element.ts',
  core: 'src/core.ts',
  react: 'components/frameworks/react.ts',
  vue: 'components/frameworks/vue.ts'
};

/** The dependencies a host resolves (package.json "dependencies"), with their subpaths. */
const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/reactive-element|zod|idb)(\/.*)?$/;

/** The Vite options for dist/lib/: `define` holds the build facts (lib-build-options.mjs buildFacts()). */
export function bundlerBuild({ define, outDir = BUNDLER_DIR, write = true }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    define,
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
