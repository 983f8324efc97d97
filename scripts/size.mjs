// npm run size: checks the min+gzip budgets of DESIGN.md on the built dist/ and the default pack, prints
// each figure against its budget and exits 1 when one is exceeded. Sizes are deterministic, so CI runs it.
//
// The element's own budget (code + all dependencies, without the pack) is measured on a bundle built from
// the same entry as dist/bail-safeguarding.js with rules/default-pack.json replaced by `{}`: a real
// bundle, not a subtraction. SIZE_BUDGET_ELEMENT / SIZE_BUDGET_PACK / SIZE_BUDGET_BUNDLE (bytes) override
// a budget, which is how the failure path is checked (see docs/benchmarks.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { MINIFY_OPTIONS } from './lib-build-options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PACK_FILE = 'rules/default-pack.json';
export const BUNDLE_FILE = 'dist/bail-safeguarding.js';
const OUT_DIR = 'node_modules/.cache/bench/size';

/** DESIGN.md "Budgets", in bytes; 1 kB is read as 1,000 bytes (the stricter reading). */
export const BUDGETS = {
  element: { label: 'element code + all deps (built with an empty pack)', bytes: 25_000 },
  pack: { label: 'default pack (minified JSON)', bytes: 12_000 },
  bundle: { label: BUNDLE_FILE, bytes: 37_000 }
};

/** Bytes after gzip at level 9, as `gzip -9` compresses (zlib deflate, default window and memory). */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

/** The default pack as it would travel: JSON without whitespace. */
export function minifiedPack() {
  return JSON.stringify(JSON.parse(readFileSync(new URL(PACK_FILE, `file://${ROOT}`), 'utf8')));
}

/**
 * Builds the self-contained entry in memory, as scripts/build.mjs does, optionally with the pack emptied.
 * Returns the minified code, its source map and the folder the map's paths are relative to.
 */
export async function buildBundle({ emptyPack = false } = {}) {
  const emptyPackPlugin = {
    name: 'bench-empty-pack',
    enforce: 'pre',
    load(id) {
      return id.replace(/\\/g, '/').endsWith(`/${PACK_FILE}`) ? '{}' : null;
    }
  };
  const [output] = [].concat(
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: emptyPack ? [emptyPackPlugin] : [],
      build: {
        write: false,
        outDir: OUT_DIR,
        target: 'es2022',
        ...MINIFY_OPTIONS,
        sourcemap: true,
        lib: { entry: 'components/index.ts', formats: ['es'], fileName: () => 'bundle.js' },
        rollupOptions: { output: { codeSplitting: false } }
      }
    })
  );
  const chunk = output.output.find(o => o.type === 'chunk');
  return { code: chunk.code, map: chunk.map, dir: join(ROOT, OUT_DIR) };
}

function budgetFor(id) {
  const override = process.env[`SIZE_BUDGET_${id.toUpperCase()}`];
  if (override === undefined) return BUDGETS[id].bytes;
  const bytes = Number(override);
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`SIZE_BUDGET_${id.toUpperCase()} must be a byte count`);
  return bytes;
}

/** Every budgeted figure, measured. Needs a built dist/. */
export async function measureBudgets() {
  const bundlePath = new URL(BUNDLE_FILE, `file://${ROOT}`);
  if (!existsSync(bundlePath)) throw new Error(`${BUNDLE_FILE} is missing: run \`npm run build\` first`);
  const element = await buildBundle({ emptyPack: true });
  const measured = { element: element.code, pack: minifiedPack(), bundle: readFileSync(bundlePath) };
  return Object.entries(measured).map(([id, data]) => {
    const bytes = gzipSize(data);
    const budget = budgetFor(id);
    return { id, label: BUDGETS[id].label, minBytes: data.length, bytes, budget, ok: bytes <= budget };
  });
}

const n = v => v.toLocaleString('en-GB');

export function formatBudgets(rows) {
  const width = Math.max(...rows.map(r => r.label.length));
  return rows
    .map(
      r =>
        `${r.label.padEnd(width)}  ${n(r.bytes).padStart(7)} B  budget ${n(r.budget).padStart(7)} B  ` +
        `${String(Math.round((100 * r.bytes) / r.budget)).padStart(3)}%  ${r.ok ? 'ok' : 'OVER BUDGET'}`
    )
    .join('\n');
}

async function main() {
  let rows;
  try {
    rows = await measureBudgets();
  } catch (e) {
    console.error(`size: ${e.message}`);
    process.exit(1);
  }
  console.log('Size budgets (DESIGN.md), min+gzip -9, 1 kB = 1,000 bytes');
  console.log(formatBudgets(rows));
  const over = rows.filter(r => !r.ok);
  if (over.length) {
    console.error(
      `size: ${over.length} budget${over.length > 1 ? 's' : ''} exceeded: ${over.map(r => r.id).join(', ')}`
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
