// Local only (not committed): demo tests in Chromium alone.
import config from './web-test-runner.config.mjs';
export default {
  ...config,
  files: process.env.FILES ? process.env.FILES.split(',') : ['test/demo/**/*.test.ts'],
  browsers: config.browsers.filter(b => b.name === (process.env.BROWSER ?? 'Chromium')),
  concurrentBrowsers: 1,
  plugins: config.plugins.filter(p => p.name !== 'bail-safeguarding-built-dist'),
  reporters: config.reporters.slice(0, 2)
};
