// `npm run test:quick`, the inner loop: the element's browser tests in Chromium alone. Firefox, the example hosts
// (which need dist/), the demo, the storage layer, robustness and fuzzing stay in the full `npm test`.
import config from '../web-test-runner.config.mjs';
import { countReporter } from '../scripts/count-reporter.mjs';

const countReporterKeys = Object.keys(countReporter()).join();

export default {
  ...config,
  files: ['test/element/**/*.test.ts', 'test/element-storage/**/*.test.ts', 'components/**/*.test.ts'],
  browsers: config.browsers.filter(b => b.name === 'Chromium'),
  concurrentBrowsers: 1,
  // The example hosts' plugin builds dist/ when it is missing; nothing here runs the built package.
  plugins: config.plugins.filter(p => p.name !== 'bail-safeguarding-built-dist'),
  // The count reporter writes .wtr-results.json for CI's closing line, which is the full run's alone.
  reporters: config.reporters.filter(r => Object.keys(r).join() !== countReporterKeys)
};
