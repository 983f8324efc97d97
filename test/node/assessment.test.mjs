// The walk-through's moves (src/assessment.ts, test/node/assessment/*.test.ts) in Node. The moves are the
// element's own, not part of the built core, so they are bundled from source with what they import; the
// evaluations the tests hand them come from the BUILT dist/core.js, as a host's would (see bundle-tests.mjs).
import { runTestFiles } from './bundle-tests.mjs';

await runTestFiles('test/node/assessment', {
  source: [
    'src/assessment.ts',
    // What src/assessment.ts imports, for its evaluation cache and its look-ups.
    'src/engine.ts',
    'src/conditions.ts',
    'src/text.ts',
    'src/pack/lookup.ts',
    'src/pack/format.ts',
    'src/record-types.ts'
  ]
});
