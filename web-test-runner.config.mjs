// Every browser test runs in Chromium and in Firefox from the machine (see scripts/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, requireBrowsers } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { testPackServer } from './scripts/test-pack-server.mjs';
import { builtDistPlugin, hostsMiddleware } from './test/hosts/serve-hosts.mjs';

const { chromium, firefox } = requireBrowsers();

const chromiumLauncher = chromeLauncher({
  launchOptions: { executablePath: chromium, headless: true, args: CHROMIUM_ARGS }
});
// The launcher calls any browser at an executablePath "Chrome"; name it for what it is.
chromiumLauncher.name = 'Chromium';
const browsers = [chromiumLauncher];
if (firefox) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        extraPrefsFirefox: {
          // No telemetry, updates or captive-portal checks on a closed network.
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false
        }
      }
    })
  );
}

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', 'demo/**/*.test.ts', '!test/node/**'],
  // Production builds of Lit: the tests run what ships.
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  // Safety nets, not measures: on a machine busy with other builds and browsers a test file can take
  // minutes. Tests wait for events and conditions (waitUntil, nextEvent), never for a time.
  testsFinishTimeout: 900_000,
  browserStartTimeout: 180_000,
  testFramework: { config: { timeout: 60_000 } },
  // Rule packs with ETags, signatures and failures on demand, for test/storage/.
  // The example hosts (test/hosts/) run the built package: dist/ is built first if missing.
  middleware: [testPackServer(), hostsMiddleware()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), builtDistPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()]
};
