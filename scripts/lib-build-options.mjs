// How every shipped file is built (scripts/build.mjs) and measured (scripts/size.mjs), in one place.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minify } from 'terser';
import { templateWhitespace } from './lib-template-whitespace.mjs';
import { importSource, root } from './rules-check.mjs';

// Terser, because it compresses this code about a tenth smaller than the default.
export const MINIFY_OPTIONS = {
  minify: 'terser',
  terserOptions: {
    module: true,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
    format: { comments: false }
  }
};

/**
 * A second terser run over each finished chunk, its source map composed with the first. Vite's own run keeps
 * every @__PURE__ annotation in a library build (for the host's bundler); these files are complete, so
 * the annotations are only bytes, and a run over the whole chunk finds a little more to fold.
 */
function finalPass() {
  return {
    name: 'bsc-final-pass',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { terserOptions } = MINIFY_OPTIONS;
        const result = await minify(chunk.code, {
          ...terserOptions,
          format: { ...terserOptions.format, preserve_annotations: false },
          sourceMap: chunk.map ? { content: JSON.parse(chunk.map.toString()), asObject: true } : false
        });
        chunk.code = result.code;
        if (chunk.map) Object.assign(chunk.map, result.map);
      }
    }
  };
}

export const PACK_FILE = 'rules/default-pack.json';

/**
 * The sources whose change can change what the validator accepts (src/build-facts.ts, VALIDATOR_ID): the
 * element's check (src/pack/check.ts) and what it imports. Not the warnings (src/pack/warnings.ts): they
 * never refuse a pack.
 */
const VALIDATOR_SOURCES = [
  'src/pack/check.ts',
  'src/pack/satisfiable.ts',
  'src/pack/answer-space.ts',
  'src/pack/protection.ts',
  'src/condition-check.ts',
  'src/pack/schema.ts',
  'src/pack/format.ts',
  'src/conditions.ts',
  'src/engine.ts',
  'node_modules/zod/package.json'
];

/**
 * The facts the build bakes into the code (see src/build-facts.ts): the bundled pack's SHA-256, computed
 * here with the same canonical JSON the browser would use, so no page hashes it before its first question;
 * and an id of the validator, so a pack cached as valid is trusted only by the validator that checked it.
 */
export async function buildFacts() {
  const { canonicalJson, sha256Hex } = await importSource(`export * from './src/canonical.ts';`);
  const pack = JSON.parse(readFileSync(`${root}${PACK_FILE}`, 'utf8'));
  const validator = createHash('sha256');
  for (const file of VALIDATOR_SOURCES) validator.update(readFileSync(`${root}${file}`));
  return {
    __BSC_DEFAULT_PACK_SHA256__: JSON.stringify(await sha256Hex(canonicalJson(pack))),
    __BSC_VALIDATOR_ID__: JSON.stringify(validator.digest('hex').slice(0, 16))
  };
}

/** The chunks on demand named after their module; the other one (the validator, check.ts) is `-validate`. */
const ON_DEMAND = ['later', 'rules-src'];

/**
 * The Vite options for one entry of dist/. `split`: the validator (src/pack/validator.ts's dynamic
 * import) goes to a sibling chunk `<name>-validate.js`, loaded only when a pack must be checked, the later
 * screens to `<name>-later.js` and the rules-src code to `<name>-rules-src.js`; otherwise everything is
 * inlined into one file.
 */
export function libBuild({ entry, name, define, split, outDir = 'dist', write = true }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    define,
    plugins: [templateWhitespace(), finalPass()],
    build: {
      outDir,
      write,
      emptyOutDir: false,
      target: 'es2022',
      ...MINIFY_OPTIONS,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: split
        ? {
            // The entry may export internals for the chunk to import: then what both use stays in the entry
            // and the validation chunk is the only other file (else the bundler makes a third, shared one).
            preserveEntrySignatures: 'allow-extension',
            // Three chunks on demand: the validator, the screens after the questions (later.ts) and the
            // rules-src code (src/pack/rules-src.ts).
            output: {
              chunkFileNames: chunk => `${name}-${ON_DEMAND.includes(chunk.name) ? chunk.name : 'validate'}.js`
            }
          }
        : { output: { codeSplitting: false } }
    }
  };
}
