// Finds the browsers the tests run in. They come from the machine's own packages, never from a browser
// download: Debian's chromium and firefox-esr, or CHROME_PATH / FIREFOX_PATH, or a Chrome or Edge that
// chrome-launcher can find. On a fresh Debian or Ubuntu machine run as root, a browser that is missing is
// installed with apt-get, in one step that says so in one line: `npm test` is then all the set-up.
import { spawnSync } from 'node:child_process';
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

/** apt-get can install packages here: it exists and this process is root. */
export function aptUsable() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs Debian packages quietly; true when apt-get succeeded. */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { env, stdio: ['ignore', 'ignore', 'inherit'] };
  return (
    spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet).status === 0
  );
}

/**
 * Installs the missing browsers when apt-get is usable, saying so in one line. Returns what is found after.
 * (`find`, `canInstall`, `install` and `log` are for the tests.)
 */
export function ensureBrowsers({
  find = () => ({ chromium: findChromium(), firefox: findFirefox() }),
  canInstall = aptUsable,
  install = aptInstall,
  log = line => console.error(line)
} = {}) {
  const found = find();
  const missing = [...(found.chromium ? [] : ['chromium']), ...(found.firefox ? [] : ['firefox-esr'])];
  if (!missing.length || !canInstall()) return found;
  log(`No ${missing.join(' or ')} on this machine: installing ${missing.join(' and ')} with apt-get (once)…`);
  if (!install(missing)) log(`apt-get could not install ${missing.join(' and ')}.`);
  return find();
}

/** Resolves both (installing them when it can), or exits with one clear line when the tests cannot run here. */
export function requireBrowsers({ ci = process.env.CI === 'true' } = {}) {
  const { chromium, firefox } = ensureBrowsers();
  if (!chromium) {
    console.error(`No Chromium-family browser found. Install one with: ${INSTALL} (or set CHROME_PATH).`);
    process.exit(1);
  }
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
