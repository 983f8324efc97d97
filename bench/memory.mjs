// Heap after 10,000 evaluations, run by bench/run.mjs as `node --expose-gc bench/memory.mjs`: heapUsed
// after a full collection before and after, and the highest heapUsed seen in between (sampled every
// 500 evaluations). A figure after that grows with the count would be a leak. Prints JSON.
import { importCore } from './evaluation.mjs';
import { generateAnswers, generatePack } from './generate-pack.mjs';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(1);
}
const core = await importCore();
const EVALUATIONS = 10_000;

function measure(name, pack) {
  const answers = Array.from({ length: 16 }, (_, i) => generateAnswers(pack, i + 1));
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let last;
  for (let i = 0; i < EVALUATIONS; i++) {
    last = core.evaluate(pack, answers[i % answers.length], i % 2 ? 'pre-charge' : 'post-charge');
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  return { name, evaluations: EVALUATIONS, before, after, peak, retained: after - before, lastRisk: last.riskLevel };
}

const validated = raw => {
  const result = core.validatePack(raw);
  if (!result.ok) throw new Error('invalid pack');
  return result.pack;
};
const results = [
  measure('default pack', validated(core.defaultPack)),
  measure('100 questions', validated(generatePack(100)))
];
process.stdout.write(JSON.stringify(results));
