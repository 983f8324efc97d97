// npm run size: the min+gzip budgets of DESIGN.md, a CI gate. Prints each figure against its budget with
// the headroom left, names the modules that grew since the committed baseline (scripts/size-baseline.json),
// and exits 1 when a budget is exceeded. Sizes are deterministic: the same sources give the same bytes.
//
//   element     the element code and its dependencies before any pack is validated: components/index.ts built
//               as scripts/build.mjs builds it, with rules/default-pack.json replaced by `{}`, without the
//               chunks it loads on demand (a real bundle, not a subtraction)
//   pack        the default pack as it travels: its JSON without whitespace
//   bundle      dist/bail-safeguarding.js and every file it imports statically, before the first question
//   validation  the chunk dist/bail-safeguarding.js imports on demand (zod/mini, the schemas, validatePack)
//   later       the chunk it imports once the element has painted: the screens after the questions and the
//               record maker (components/bail-safeguarding-check/later.ts). Not a row of DESIGN.md's table: its
//               budget keeps what moved out of the first question's bytes from growing unwatched.
//   rules-src   the chunk it imports only when `rules-src` is set: fetch, signature, the pack cache
//               (src/pack/rules-src.ts). Not a row of DESIGN.md's table either, for the same reason.
//
// SIZE_BUDGET_<ROW> (bytes; RULES_SRC for rules-src) overrides a budget
// and SIZE_BASELINE another baseline file: the tests use them to see the gate fail and the growth named.
// `npm run size -- --update-baseline` records today's modules as the baseline.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { attribute } from '../bench/attribution.mjs';
import { buildFacts, libBuild, PACK_FILE } from './lib-build-options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export { PACK_FILE };
export const BUNDLE_FILE = 'dist/bail-safeguarding.js';
export const BASELINE_FILE = 'scripts/size-baseline.json';
const OUT_DIR = 'node_modules/.cache/bench/size';

/** DESIGN.md "Budgets", in bytes; 1 kB is read as 1,000 bytes (the stricter reading). */
export const BUDGETS = {
  element: { label: 'element code + deps, before any pack is validated', bytes: 26_000 },
  pack: { label: 'default pack (minified JSON)', bytes: 16_000 },
  bundle: { label: `${BUNDLE_FILE} + its static imports`, bytes: 42_000 },
  validation: { label: 'validation chunk, loaded on demand', bytes: 12_000 },
  later: { label: 'later screens chunk, loaded after the first paint', bytes: 8_000 },
  'rules-src': { label: 'rules-src chunk, loaded when rules-src is set', bytes: 6_000 }
};

/** Bytes after gzip at level 9, as `gzip -9` compresses (zlib deflate, default window and memory). */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

/** The default pack as it would travel: JSON without whitespace. */
export function minifiedPack() {
  return JSON.stringify(JSON.parse(readFileSync(join(ROOT, PACK_FILE), 'utf8')));
}

/**
 * Builds components/index.ts in memory, as scripts/build.mjs does, optionally with the pack emptied. Returns
 * the entry chunk's code and source map, the folder the map's paths are relative to, and the code of the
 * chunks it imports statically (`imports`) and on demand (`dynamic`).
 */
export async function buildBundle({ emptyPack = false } = {}) {
  const emptyPackPlugin = {
    name: 'size-empty-pack',
    enforce: 'pre',
    load(id) {
      return id.replace(/\\/g, '/').endsWith(`/${PACK_FILE}`) ? '{}' : null;
    }
  };
  const config = libBuild({
    entry: 'components/index.ts',
    name: 'bail-safeguarding',
    define: await buildFacts(),
    split: true,
    outDir: OUT_DIR,
    write: false
  });
  const [output] = [].concat(
    await build({
      ...config,
      logLevel: 'silent',
      plugins: [...config.plugins, ...(emptyPack ? [emptyPackPlugin] : [])]
    })
  );
  const chunks = output.output.filter(o => o.type === 'chunk');
  const entry = chunks.find(c => c.isEntry);
  const code = name => chunks.find(c => c.fileName === name).code;
  return {
    code: entry.code,
    map: entry.map,
    dir: join(ROOT, OUT_DIR),
    imports: entry.imports.map(code),
    dynamic: entry.dynamicImports.map(code)
  };
}

/** The files a built module imports from its folder: statically (`import … from "./x.js"`) and on demand. */
export function importsOf(code) {
  const statics = [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)].map(m => m[1]);
  const dynamic = [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g)].map(m => m[1]);
  return { statics, dynamic };
}

/** A file of dist/ and everything it imports statically, transitively. */
function withStaticImports(file) {
  const seen = new Set();
  const visit = path => {
    if (seen.has(path)) return;
    seen.add(path);
    importsOf(readFileSync(join(ROOT, path), 'utf8')).statics.forEach(f => visit(join(dirname(path), f)));
  };
  visit(file);
  return [...seen];
}

function budgetFor(id) {
  const name = `SIZE_BUDGET_${id.toUpperCase().replace('-', '_')}`;
  const override = process.env[name];
  if (override === undefined) return BUDGETS[id].bytes;
  const bytes = Number(override);
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`${name} must be a byte count`);
  return bytes;
}

const read = path => readFileSync(join(ROOT, path));
const mapOf = path => (existsSync(join(ROOT, `${path}.map`)) ? JSON.parse(read(`${path}.map`)) : undefined);

/** Minified bytes per module (from the source map) of each file, added up. */
function modulesOf(files) {
  const modules = {};
  for (const { code, map, dir } of files) {
    if (!map) continue;
    for (const g of attribute(code, map, dir).groups) modules[g.group] = (modules[g.group] ?? 0) + g.minBytes;
  }
  return modules;
}

/** Every budgeted figure, measured, with the minified bytes of each module in it. Needs a built dist/. */
export async function measureBudgets() {
  if (!existsSync(join(ROOT, BUNDLE_FILE))) throw new Error(`${BUNDLE_FILE} is missing: run \`npm run build\` first`);
  const element = await buildBundle({ emptyPack: true });
  const bundleFiles = withStaticImports(BUNDLE_FILE);
  const onDemand = bundleFiles.flatMap(f => importsOf(read(f).toString()).dynamic.map(d => join(dirname(f), d)));
  const validationFiles = onDemand.filter(f => f.endsWith('-validate.js'));
  const laterFiles = onDemand.filter(f => f.endsWith('-later.js'));
  const rulesSrcFiles = onDemand.filter(f => f.endsWith('-rules-src.js'));
  if ([validationFiles, laterFiles, rulesSrcFiles].some(f => f.length !== 1) || onDemand.length !== 3)
    throw new Error(
      `${BUNDLE_FILE} should import three chunks on demand (validate, later, rules-src); it imports ${onDemand.join(', ')}`
    );
  const distFile = path => ({ code: read(path).toString(), map: mapOf(path), dir: join(ROOT, dirname(path)) });
  const measured = {
    element: {
      parts: [element.code, ...element.imports],
      modules: modulesOf([{ code: element.code, map: element.map, dir: element.dir }])
    },
    pack: { parts: [minifiedPack()], modules: { [PACK_FILE]: minifiedPack().length } },
    bundle: { parts: bundleFiles.map(read), modules: modulesOf(bundleFiles.map(distFile)), files: bundleFiles },
    validation: {
      parts: validationFiles.map(read),
      modules: modulesOf(validationFiles.map(distFile)),
      files: validationFiles
    },
    later: { parts: laterFiles.map(read), modules: modulesOf(laterFiles.map(distFile)), files: laterFiles },
    'rules-src': {
      parts: rulesSrcFiles.map(read),
      modules: modulesOf(rulesSrcFiles.map(distFile)),
      files: rulesSrcFiles
    }
  };
  return Object.entries(measured).map(([id, { parts, modules, files }]) => {
    const bytes = parts.reduce((sum, p) => sum + gzipSize(p), 0);
    const budget = budgetFor(id);
    const minBytes = parts.reduce((sum, p) => sum + p.length, 0);
    return { id, label: BUDGETS[id].label, files, minBytes, bytes, budget, ok: bytes <= budget, modules };
  });
}

const n = v => v.toLocaleString('en-GB');

export function formatBudgets(rows) {
  const width = Math.max(...rows.map(r => r.label.length));
  return rows
    .map(
      r =>
        `${r.label.padEnd(width)}  ${n(r.bytes).padStart(7)} B  budget ${n(r.budget).padStart(7)} B  ` +
        `headroom ${n(r.budget - r.bytes).padStart(7)} B  ${String(Math.round((100 * r.bytes) / r.budget)).padStart(3)}%  ` +
        `${r.ok ? 'ok' : 'OVER BUDGET'}`
    )
    .join('\n');
}

// A module's minified size moves by a few bytes when the minifier renames around it; report real growth.
const NOISE_BYTES = 32;

/** The modules of each row that grew since the baseline by more than the noise, largest growth first. */
export function grownModules(rows, baseline) {
  const grown = [];
  for (const row of rows)
    for (const [module, bytes] of Object.entries(row.modules)) {
      const before = baseline[row.id]?.[module] ?? 0;
      if (bytes - before > NOISE_BYTES) grown.push({ row: row.id, module, before, bytes });
    }
  return grown.sort((a, b) => b.bytes - b.before - (a.bytes - a.before));
}

export function formatGrowth(grown) {
  if (!grown.length) return `No module grew by more than ${NOISE_BYTES} B (minified) since ${BASELINE_FILE}.`;
  const lines = grown.map(
    g =>
      `  ${g.row.padEnd(10)} ${g.module}: +${n(g.bytes - g.before)} B minified ` +
      `(${g.before ? `${n(g.before)} → ${n(g.bytes)}` : `new, ${n(g.bytes)}`})`
  );
  return [`Modules that grew since ${BASELINE_FILE} (minified bytes):`, ...lines].join('\n');
}

function readBaseline() {
  // SIZE_BASELINE: another baseline file, for the tests.
  const path = process.env.SIZE_BASELINE ?? join(ROOT, BASELINE_FILE);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

async function main() {
  let rows;
  try {
    rows = await measureBudgets();
  } catch (e) {
    console.error(`size: ${e.message}`);
    process.exit(1);
  }
  if (process.argv.includes('--update-baseline')) {
    const sorted = modules => Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b)));
    const baseline = Object.fromEntries(rows.map(r => [r.id, sorted(r.modules)]));
    writeFileSync(join(ROOT, BASELINE_FILE), `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`size: wrote ${BASELINE_FILE}`);
  }
  console.log('Size budgets (DESIGN.md), min+gzip -9, 1 kB = 1,000 bytes');
  console.log(formatBudgets(rows));
  console.log(formatGrowth(grownModules(rows, readBaseline())));
  const over = rows.filter(r => !r.ok);
  if (over.length) {
    console.error(
      `size: ${over.length} budget${over.length > 1 ? 's' : ''} exceeded: ${over.map(r => r.id).join(', ')}`
    );
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
