// Runs the core's browser tests (test/core/*.test.ts) in Node, against the BUILT dist/core.js, with nothing of
// src/ bundled in (see bundle-tests.mjs): Node tests what ships.
import { runTestFiles } from './bundle-tests.mjs';

await runTestFiles('test/core');
