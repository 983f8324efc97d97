// A bare loop of evaluations over a generated pack, for profilers that count rather than time (their
// counts do not depend on what else the machine runs):
//   node bench/evaluate-loop.mjs SIZE WARM MEASURED
//   valgrind --tool=cachegrind --cache-sim=yes --LL=4194304,16,64 node bench/evaluate-loop.mjs 1000 10 20
// Instructions per evaluation = (count with MEASURED − count with MEASURED = 0) / MEASURED.
import { importCore } from './evaluation.mjs';
import { generateAnswers, generatePack } from './generate-pack.mjs';

const core = await importCore();
const [size, warm, measured] = process.argv.slice(2).map(Number);
const result = core.validatePack(generatePack(size));
if (!result.ok) throw new Error('invalid generated pack');
const answers = Array.from({ length: 16 }, (_, i) => generateAnswers(result.pack, i + 1));
let last;
for (let i = 0; i < warm + measured; i++)
  last = core.evaluate(result.pack, answers[i % 16], i % 2 ? 'pre-charge' : 'post-charge');
console.log(`${size} questions, ${warm} + ${measured} evaluations, last risk ${last?.riskLevel}`);
