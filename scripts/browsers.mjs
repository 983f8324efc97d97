// Finds the browsers the tests run in. They come from the machine, never from a download:
// Debian's chromium and firefox-esr (`apt-get install -y chromium firefox-esr`), or CHROME_PATH /
// FIREFOX_PATH, or a Chrome or Edge that chrome-launcher can find.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const INSTALL = 'sudo apt-get install -y chromium firefox-esr';

function firstExisting(paths) {
  return paths.find(p => p && existsSync(p));
}

export function findChromium() {
  const direct = firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge'
  ]);
  if (direct) return direct;
  try {
    const { Launcher } = require('chrome-launcher');
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** Resolves both, or exits with one clear line when the tests cannot run here. */
export function requireBrowsers({ ci = process.env.CI === 'true' } = {}) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(`No Chromium-family browser found. Install one with: ${INSTALL} (or set CHROME_PATH).`);
    process.exit(1);
  }
  const firefox = findFirefox();
  if (!firefox) {
    if (ci) {
      console.error(
        `CI=true needs Firefox too, and none was found. Install it with: ${INSTALL} (or set FIREFOX_PATH).`
      );
      process.exit(1);
    }
    console.warn(`Warning: Firefox not found, so the tests run in Chromium only. Install it with: ${INSTALL}`);
  }
  return { chromium, firefox };
}

/** Flags for a closed network and running as root. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
];
