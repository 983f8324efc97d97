// Evaluation at scale, in Node over the built dist/core.js: our `evaluate` against json-rules-engine
// running the same rules (bench/pack-to-jre.mjs), on the default pack and on generated packs.
// Each figure is the median of repeated samples; a sample times as many evaluations as fit in
// `sampleMs` (at least 3), cycling through a pool of different answer sets, after a warm-up.
import { generateAnswers, generatePack } from './generate-pack.mjs';
import { jreEvaluate, packToJre } from './pack-to-jre.mjs';
import { summarize } from './stats.mjs';

export const SIZES = [100, 1000, 5000];
const POOL = 16;

/** The default pack and the generated ones, each validated by the core's own validatePack. */
export function benchPacks(core, sizes = SIZES) {
  const raw = [{ name: 'default pack', raw: core.defaultPack }];
  for (const size of sizes) raw.push({ name: `${size} questions`, size, raw: generatePack(size) });
  return raw.map(({ name, size, raw: input }) => {
    const result = core.validatePack(input);
    if (!result.ok) throw new Error(`${name}: not a valid pack: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return { name, size: size ?? input.questions.length, raw: input, pack: result.pack };
  });
}

const stageOf = seed => (seed % 2 ? 'pre-charge' : 'post-charge');

/**
 * Both engines over the same answers must agree on what was asked, which rules fired, the risk level,
 * the indicators and the recommended outcome; otherwise the comparison would not be of equal work.
 */
export async function checkEquivalence(core, pack, jre, seeds = 24) {
  const problems = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const answers = generateAnswers(pack, seed);
    const ours = core.evaluate(pack, answers, stageOf(seed));
    const theirs = await jreEvaluate(pack, jre, answers, stageOf(seed));
    const same = (a, b) => [...a].sort().join() === [...b].sort().join();
    const fired = ours.rationale.slice(0, -1).map(r => r.rule); // the last entry is the outcome row
    if (ours.riskLevel !== theirs.riskLevel)
      problems.push(`seed ${seed}: risk ${ours.riskLevel} ≠ ${theirs.riskLevel}`);
    if (!same(fired, theirs.fired)) problems.push(`seed ${seed}: fired rules differ`);
    if (ours.asked.join() !== theirs.asked.join()) problems.push(`seed ${seed}: asked questions differ`);
    if (
      !same(
        ours.indicators.map(i => i.code),
        theirs.indicators
      )
    )
      problems.push(`seed ${seed}: indicators differ`);
    if (ours.outcome.recommended !== theirs.recommended) problems.push(`seed ${seed}: outcome differs`);
  }
  return problems;
}

async function sample(run, count, sampleMs) {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (n < 3 || elapsed < sampleMs) {
    await run(n++ % count);
    elapsed = performance.now() - start;
  }
  return elapsed / n;
}

/** Median time per call of `run(i)` (ms), over `samples` samples after a warm-up. */
export async function timePerCall(run, { count = POOL, samples = 15, sampleMs = 60 } = {}) {
  await sample(run, count, sampleMs * 3); // warm-up: let the JIT settle
  const times = [];
  for (let s = 0; s < samples; s++) times.push(await sample(run, count, sampleMs));
  return summarize(times);
}

/** One row per pack: ours, json-rules-engine, validatePack, and the growth from the size before. */
export async function benchEvaluation(core, { samples = 15, sampleMs = 60, log = () => {} } = {}) {
  const rows = [];
  for (const { name, size, pack, raw } of benchPacks(core)) {
    const answers = Array.from({ length: POOL }, (_, i) => generateAnswers(pack, i + 1));
    const jre = packToJre(pack);
    const problems = await checkEquivalence(core, pack, jre);
    log(`evaluation: ${name}`);
    const ours = await timePerCall(i => core.evaluate(pack, answers[i], stageOf(i + 1)), { samples, sampleMs });
    const theirs = await timePerCall(i => jreEvaluate(pack, jre, answers[i], stageOf(i + 1)), { samples, sampleMs });
    const validate = await timePerCall(() => core.validatePack(raw), { count: 1, samples, sampleMs });
    rows.push({ name, size, rules: pack.rules.length, ours, jre: theirs, validate, equivalent: problems });
  }
  // Growth between consecutive generated sizes, against linear growth (the ratio of the sizes).
  const generated = rows.filter(r => r.name !== 'default pack');
  for (let i = 1; i < generated.length; i++) {
    const [a, b] = [generated[i - 1], generated[i]];
    b.growth = {
      from: a.size,
      linear: b.size / a.size,
      ours: b.ours.median / a.ours.median,
      jre: b.jre.median / a.jre.median,
      validate: b.validate.median / a.validate.median
    };
  }
  return rows;
}
