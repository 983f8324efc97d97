// npm run rules:check [file]: the rule author's checker. Validates a pack exactly as the element does
// (validatePack, bundled from src/ with esbuild, so it needs no build) and prints every error and warning
// with its path. Exit code 1 when the pack would be refused.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles TypeScript source (imports relative to the project root) and imports the result. */
export async function importSource(contents) {
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

/** The report for a pack file, as lines, and whether the pack is valid. */
export async function checkPackFile(file) {
  const { validatePack, packIdentity, proveProtection } = await importSource(
    `export { validatePack } from './src/pack/validate.ts'; export { packIdentity } from './src/pack/identity.ts';
     export { proveProtection } from './src/pack/protection.ts';`
  );
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
  for (const w of result.warnings) lines.push(`  warning  ${w.path}: ${w.message}`);
  const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const warnings = plural(result.warnings.length, 'warning');
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'rules/default-pack.json';
  const { ok, lines } = await checkPackFile(file);
  console.log(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}
