// `npm run test:fuzz`: the fuzz tests at length, in Chromium and Firefox. The sizes and the seed come from
// BSC_FUZZ_PACKS (default 20,000), BSC_FUZZ_MOUNTS (default 1,000) and BSC_FUZZ_SEED (default: the suite's),
// and reach the test page as globalThis.BSC_FUZZ (read in test/robustness/support.ts).
import config from '../../web-test-runner.config.mjs';

const fuzz = {
  packs: Number(process.env.BSC_FUZZ_PACKS) || 20_000,
  mounts: Number(process.env.BSC_FUZZ_MOUNTS) || 1000,
  ...(process.env.BSC_FUZZ_SEED ? { seed: Number(process.env.BSC_FUZZ_SEED) } : {})
};

export default {
  ...config,
  files: ['test/robustness/fuzz.test.ts'],
  testsFinishTimeout: 4 * 3_600_000,
  testRunnerHtml: testFramework =>
    `<!doctype html><html><head><meta charset="utf-8"><script>globalThis.BSC_FUZZ = ${JSON.stringify(fuzz)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`
};
