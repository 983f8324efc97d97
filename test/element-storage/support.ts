// Helpers for the element's storage tests: pages loaded afresh in an iframe (a reload, or a crash and a
// return), packs from the test pack server, and IndexedDB read directly with the test's own connection.
import type { BailSafeguardingCheck } from '../../components/element.js';
import { DB_NAME } from '../../src/storage/database.js';
import { deleteDb, dump } from '../storage/support.js';
import { testPack } from '../element/test-pack.js';
import { shadow } from '../helpers.js';

export { servePack } from '../storage/support.js';

/** The small element test pack as a file, with its version in the title so the officer sees which is in use. */
export function testPackText(version: string): string {
  return JSON.stringify({ ...testPack(), version, title: { en: `Test pack ${version}` } });
}

/** A page loaded afresh in an iframe, with the element defined; `mount` creates one there. */
export async function freshPage() {
  const frame = document.createElement('iframe');
  frame.src = new URL('./fixtures/page.html', import.meta.url).href;
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('bail-safeguarding-check');
  return {
    async mount(setup: (el: BailSafeguardingCheck) => void) {
      const el = win.document.createElement('bail-safeguarding-check');
      setup(el);
      win.document.body.append(el);
      await el.updateComplete;
      return el;
    },
    /** The page goes away without warning, as in a crash. */
    close: () => frame.remove()
  };
}

/** Every record of the element's own database, as JSON text. */
export const stored = async () => JSON.stringify(await dump(DB_NAME));

/** The drafts store's keys: `["case id","officer id"]`. */
export const draftKeys = async () => (await dump(DB_NAME)).drafts.map(d => d.key);

export const draftKey = (caseId: string, officerId = '') => JSON.stringify([caseId, officerId]);

/** Deletes the element's database (an open connection closes itself for it). */
export const wipeStorage = () => deleteDb(DB_NAME);

/** The offer's buttons by their visible text. */
export function offerButton(el: Element, label: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('.buttons button')].find(
    b => b.textContent?.trim() === label
  );
}

export const uniqueCase = () => `CR-${crypto.randomUUID().slice(0, 8)}`;
