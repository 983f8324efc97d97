// npm run rules:check [file]: the rule author's checker. Validates a pack exactly as the element does
// (validatePack, bundled from src/ with esbuild, so it needs no build) and prints every error and warning
// with its path; then checks the pack's Welsh against the glossary (rules/glossary.cy.md), as warnings.
// Exit code 1 when the pack would be refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const GLOSSARY_FILE = join(root, 'rules/glossary.cy.md');

/** Bundles TypeScript source (imports relative to the project root) and imports the result. */
export async function importSource(contents) {
  // Imported here, not above: the bail-safeguarding command bundles this module and ships without esbuild.
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error'
  });
  const dir = mkdtempSync(join(tmpdir(), 'bail-safeguarding-'));
  try {
    const file = join(dir, 'entry.mjs');
    writeFileSync(file, bundle.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The machine-readable part of the Welsh glossary: the JSON block under its "For the checker" heading. */
export function readGlossary(file = GLOSSARY_FILE) {
  const text = readFileSync(file, 'utf8');
  const block = /^## For the checker$[\s\S]*?^```json$([\s\S]*?)^```$/m.exec(text);
  if (!block) throw new Error(`${file}: no \`\`\`json block under "## For the checker"`);
  return JSON.parse(block[1]);
}

// Welsh mutates a word's first consonant after some words ("y gwasanaeth prawf", "ar brawf", "fy mhrawf"): a
// word is matched in each form. Radical, then soft, nasal and aspirate; longest radical first, so a word opening
// with a digraph that never mutates (ch, dd, ff, ng, ph, th) is matched as written.
const MUTATIONS = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['ch'],
  ['dd'],
  ['ff'],
  ['ng'],
  ['ph'],
  ['th'],
  ['p', 'b', 'mh', 'ph'],
  ['t', 'd', 'nh', 'th'],
  ['c', 'g', 'ngh', 'ch'],
  ['b', 'f', 'm'],
  ['d', 'dd', 'n'],
  ['g', '', 'ng'],
  ['m', 'f']
];
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = word => /^\p{Lu}{2,}$/u.test(word);

/** A term as a pattern: whole words, any mutation of its first word (not of an acronym), any case but an acronym's. */
function termPattern(term) {
  const [first, ...rest] = term.split(' ');
  const tail = rest.length ? ` ${rest.map(escape).join(' ')}` : '';
  if (isAcronym(first)) return new RegExp(`(?<![\\p{L}\\p{N}])${escape(first)}${tail}(?![\\p{L}\\p{N}])`, 'gu');
  const lower = first.toLowerCase();
  const row = MUTATIONS.find(([radical]) => lower.startsWith(radical));
  const stem = row ? lower.slice(row[0].length) : lower;
  const heads = row ? row.map(escape) : /^[aeiouwyâêîôûŵŷ]/.test(lower) ? ['', 'h'] : [''];
  const alternatives = `(?:${heads.join('|')})${escape(stem)}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${alternatives}${tail}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every Welsh text of a pack, with its path as validatePack writes paths (`rules[3].text.cy`). */
export function welshTexts(pack) {
  const texts = [];
  const visit = (value, path) => {
    if (typeof value !== 'object' || value === null) return;
    if (typeof value.en === 'string') {
      if (typeof value.cy === 'string') texts.push([`${path}.cy`, value.cy]);
      return;
    }
    for (const [k, v] of Object.entries(value))
      visit(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
  };
  visit(pack, '');
  return texts;
}

/**
 * Where Welsh texts break the glossary, as `{ path, message }`: a word it avoids (outside its `except` phrases), and
 * an acronym used but never spelt out in the same text as its Welsh words.
 */
export function glossaryProblems(texts, glossary) {
  const problems = [];
  for (const [path, text] of texts)
    for (const entry of glossary.avoid) {
      const allowed = (entry.except ?? []).flatMap(phrase => [...text.matchAll(termPattern(phrase))]);
      const inside = (at, length) => allowed.some(m => m.index <= at && at + length <= m.index + m[0].length);
      for (const word of entry.words)
        for (const hit of text.matchAll(termPattern(word)))
          if (!inside(hit.index, hit[0].length))
            problems.push({
              path,
              message: `"${hit[0]}": the glossary says "${entry.use}" for ${entry.for} (rules/glossary.cy.md)`
            });
    }
  for (const { acronym, cy } of glossary.spellOut) {
    const used = texts.filter(([, text]) => termPattern(acronym).test(text));
    if (used.length && !used.some(([, text]) => termPattern(cy).test(text)))
      problems.push({
        path: used[0][0],
        message: `"${acronym}" is never spelt out in Welsh: give "${cy}" beside it once (rules/glossary.cy.md)`
      });
  }
  return problems;
}

/** What the checker runs, bundled from src/ (the bail-safeguarding command has it bundled at build time instead). */
const sourceValidator = () =>
  importSource(
    `export { validatePack } from './src/pack/validate.ts'; export { packIdentity } from './src/pack/identity.ts';
     export { proveProtection } from './src/pack/protection.ts';`
  );

/** The report for a pack file, as lines, and whether the pack is valid. */
export async function checkPackFile(file, validator) {
  const { validatePack, packIdentity, proveProtection } = validator ?? (await sourceValidator());
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, lines: [`${file}: cannot be read (${e.code ?? e.message})`] };
  }
  const result = validatePack(text);
  const lines = [];
  if (result.ok) {
    const { id, version, sha256 } = await packIdentity(result.pack);
    lines.push(`${file}: ${id} ${version} (sha256 ${sha256})`);
  } else lines.push(`${file}:`);
  for (const e of result.ok ? [] : result.errors) lines.push(`  error    ${e.path}: ${e.message}`);
  // The glossary is the default pack's house style for Welsh: its words are warnings, never a reason to refuse.
  const welsh =
    result.ok && result.pack.languages.includes('cy') ? glossaryProblems(welshTexts(result.pack), readGlossary()) : [];
  for (const w of [...result.warnings, ...welsh]) lines.push(`  warning  ${w.path}: ${w.message}`);
  const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const warnings = plural(result.warnings.length + welsh.length, 'warning');
  if (result.ok) {
    // validatePack refused any pack the proof fails on; this says what was proved, and over how much.
    const proof = proveProtection(result.pack);
    const searched = Object.entries(proof.combinations)
      .map(([stage, n]) => `${n} ${stage}`)
      .join(' and ');
    lines.push(
      `Protection order proved for ${plural(proof.riskFactors, 'risk factor')} at both stages: yes ≥ not known ≥ no in risk and outcome, and no release under investigation at medium or high risk or with an indicator (outcome rows searched exhaustively: ${searched} combinations).`
    );
    const { questions, rules } = result.pack;
    lines.push(
      `OK: the pack is valid (${plural(questions.length, 'question')}, ${plural(rules.length, 'rule')}, ${warnings}).`
    );
  } else
    lines.push(`REFUSED: ${plural(result.errors.length, 'error')}, ${warnings}. The element would not use this pack.`);
  return { ok: result.ok, lines };
}

// Run as a script (never where dist/cli.mjs has bundled this module: its URL is then the bundle's).
if (import.meta.url.endsWith('/rules-check.mjs') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'rules/default-pack.json';
  const { ok, lines } = await checkPackFile(file);
  console.log(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}
