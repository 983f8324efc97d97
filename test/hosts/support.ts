// The example hosts (demo/hosts/) as their users meet them: each page loaded in an iframe from the test server,
// running the BUILT package, and read back through what the host page shows.
import { waitUntil } from '../wait.js';
import type { BailSafeguardingCheck } from '../../components/element.js';

export interface HostPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
}

/** The URL of a page under demo/hosts/ (or of any file, from the repository root), on this test server. */
export const hostUrl = (path: string) => new URL(`../../demo/hosts/${path}`, import.meta.url).href;

/** Loads `url` in an iframe on this page and waits for its load event. */
export async function openFrame(url: string, parent: HTMLElement = document.body): Promise<HostPage> {
  const frame = document.createElement('iframe');
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  parent.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  // A getter: a frame of another origin has a window to post to, but no document to read.
  return {
    frame,
    window: win,
    get document() {
      return win.document;
    }
  };
}

export const openHost = (path: string) => openFrame(hostUrl(path));

/** The element in `page` (any tag), once the page's scripts have put it there, defined it and given it a pack. */
export async function hostElement(page: Pick<HostPage, 'window'>, tag = 'bail-safeguarding-check') {
  await page.window.customElements.whenDefined(tag);
  const find = () => page.window.document.querySelector<BailSafeguardingCheck>(tag);
  await waitUntil(find, `no <${tag}> in ${page.window.location.pathname}`, { timeout: 30_000 });
  const el = find()!;
  await waitUntil(() => el.recommendation !== undefined, `<${tag}> never had a pack`, { timeout: 30_000 });
  await el.updateComplete;
  return el;
}

/** Whether the page loaded the built bundle `file` (e.g. dist/bail-safeguarding.js). */
export const loaded = (page: HostPage, file: string) =>
  page.window.performance.getEntriesByType('resource').some(e => new URL(e.name).pathname === `/${file}`);

/** The fields the host page shows of the record it received: `[data-field]` → its text. */
export function shownFields(root: ParentNode): Record<string, string> {
  return Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>('[data-field]')].map(n => [n.dataset.field!, n.textContent ?? ''])
  );
}

/** What a host should show of `record` (the same fields, from the record itself). */
export function expectedFields(record: {
  caseId?: string;
  riskLevel: string;
  outcome: { recommended: string };
  integrity: { hash: string };
  summaryText: string;
}) {
  return {
    caseId: record.caseId ?? '',
    riskLevel: record.riskLevel,
    recommended: record.outcome.recommended,
    hash: record.integrity.hash,
    summaryText: record.summaryText
  };
}

/**
 * The policy violations the strict-CSP host page (demo/hosts/csp/) listed so far. Reports arrive
 * asynchronously but in order, so an image from a blocked origin is asked for on purpose and its report
 * waited for: every earlier violation is listed before it. No time is guessed.
 */
export async function violationsSoFar(page: HostPage): Promise<string[]> {
  const sentinel = `https://blocked.invalid/sentinel-${crypto.randomUUID()}.png`;
  page.document.body.append(Object.assign(page.document.createElement('img'), { src: sentinel, alt: '' }));
  const items = () => [...page.document.querySelectorAll('[data-csp-violations] li')].map(li => li.textContent ?? '');
  await waitUntil(() => items().some(i => i.includes(sentinel)), 'the deliberate violation was never listed', {
    timeout: 60_000
  });
  return items().slice(
    0,
    items().findIndex(i => i.includes(sentinel))
  );
}

/** Removes every frame the tests opened. */
export function closeFrames() {
  document.body.querySelectorAll('iframe').forEach(f => f.remove());
}
