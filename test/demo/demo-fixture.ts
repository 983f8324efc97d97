// Mounts the trainer demo app into the test page, with its stylesheet, and drives it as a trainer would.
import type { BailCheckRecord } from '../../src/core.js';
import { mountDemo, type DemoApp, type DemoOptions } from '../../demo/app.js';
import { caseById } from '../../demo/cases/index.js';
import { DB_NAME } from '../../src/storage/database.js';
import { loadDraft } from '../../src/storage/drafts.js';
import { openStorage } from '../../src/storage/storage.js';
import { deleteDb } from '../storage/support.js';
import { nextEvent, proceed, shadow } from '../helpers.js';

let stylesheet: Promise<void> | undefined;

/** The page's own stylesheet, so layout, colour and contrast are what a trainer sees. */
function loadStylesheet(): Promise<void> {
  stylesheet ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../../demo/demo.css', import.meta.url).href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('demo.css did not load'));
    document.head.append(link);
  });
  return stylesheet;
}

export interface MountedDemo {
  app: DemoApp;
  root: HTMLElement;
}

let mounted: MountedDemo | undefined;

/**
 * Mounts the demo on `caseId` (default: the review's case) and waits for the element to be ready. Classroom mode
 * is off unless asked for: most tests look at the explain view and what the host receives from the start.
 */
export async function mountPage(initialCaseId?: string, options: DemoOptions = {}): Promise<MountedDemo> {
  await loadStylesheet();
  const root = document.createElement('div');
  document.body.append(root);
  const app = mountDemo(root, { classroom: false, ...(initialCaseId ? { initialCaseId } : {}), ...options });
  mounted = { app, root };
  await nextEvent(app.element, 'bail-check-ready');
  await app.element.updateComplete;
  return mounted;
}

export async function unmountPage() {
  const el = mounted?.app.element;
  if (el) {
    // The element saves a draft after each change, in order, and may still be writing when a test ends (a loaded
    // machine): a write landing after the next test's wipe would offer that test a stale draft. reset() deletes
    // the draft after every write asked for before it; wait until it is gone.
    const key = { caseId: el.getAttribute('case-id'), officerId: el.getAttribute('officer-id') };
    el.reset();
    const storage = openStorage({ onUnavailable: () => {} });
    const end = Date.now() + 20_000;
    while ((await loadDraft(storage, key)) && Date.now() < end) await new Promise(r => setTimeout(r, 50));
  }
  mounted?.app.destroy();
  mounted?.root.remove();
  mounted = undefined;
}

/**
 * A failed assertion on page nodes (`expect(el).to.equal(other)`) carries the nodes as its actual and expected
 * values. The test runner sends results to the terminal with structuredClone, which refuses a node: the file then
 * reports nothing and hangs until testsFinishTimeout instead of failing. A failure keeps the nodes' markup instead.
 */
afterEach(function () {
  const err = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = err[key];
    try {
      structuredClone(value);
    } catch {
      err[key] = value instanceof Element ? value.outerHTML.slice(0, 500) : String(value);
    }
  }
});

export function $<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Waits until `test` holds, re-checking after each task (the page renders after async work). */
export async function until(test: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 10));
  }
}

/** The element's drafts and packs are gone: each test starts with no draft of any case. */
export const wipeDrafts = () => deleteDb(DB_NAME);

/** A button of the page by its visible text. */
export function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(b => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Picks a case in the trainer controls and presses "Open this case"; resolves once the page shows it. */
export async function startCase(root: HTMLElement, id: string) {
  const select = $<HTMLSelectElement>(root, '#case-select');
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  button(root, 'Open this case').click();
  const c = caseById(id)!;
  await until(
    () =>
      root.querySelector('bail-safeguarding-check')?.getAttribute('case-id') === c.custody.reference &&
      !!root.querySelector('#case-title')?.textContent?.includes(c.title) &&
      document.activeElement?.id === 'case-title',
    `case ${id} open`
  );
}

/** Gives the element a file as if the trainer had chosen it in the rule-pack file input. */
export function chooseFile(input: HTMLInputElement, name: string, content: string) {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

type CheckElement = DemoApp['element'];

/**
 * Runs the check to the end through its own controls, as the officer would: each question answered from
 * `answers` when it has one (prefilled answers the key corrects are changed), otherwise a prefilled answer
 * is confirmed and an empty one answered "not known"; then the recommended outcome is recorded.
 */
export async function completeCheck(el: CheckElement, answers: Record<string, string>): Promise<BailCheckRecord> {
  const complete = nextEvent(el, 'bail-check-complete', 0);
  for (let i = 0; i < 300 && !shadow(el).querySelector('[part~="panel"]'); i++) {
    for (const group of shadow(el).querySelectorAll<HTMLElement>('.q')) {
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      const name = radios[0]?.name;
      if (name && radios.length) {
        const wanted = name === '_outcome' ? radios[0]!.value : answers[name];
        const target = radios.find(r => r.value === wanted);
        if (target && !target.checked) target.click();
        else if (!target && !radios.some(r => r.checked))
          (radios.find(r => r.value === 'unknown') ?? radios[0]!).click();
      }
      const area = group.querySelector<HTMLTextAreaElement>('textarea');
      if (area && !area.value && area.name !== '_reason') {
        area.value = answers[area.name] ?? 'Not recorded yet';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        area.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    await el.updateComplete;
    await proceed(el);
  }
  return (await complete).detail;
}

/** Whether the page holds the check back (every question answered, the class's decision not yet recorded). */
export const held = (root: HTMLElement) => !!root.querySelector<HTMLElement>('.check-frame')?.hidden;

/**
 * Answers the check through its own controls as the class would (as completeCheck does) until the page holds it
 * back before its recommendation; `onScreen` runs on every screen before it is answered.
 */
export async function answerUntilHeld(
  root: HTMLElement,
  el: CheckElement,
  answers: Record<string, string>,
  onScreen: () => void | Promise<void> = () => {}
): Promise<void> {
  for (let i = 0; i < 300 && !held(root); i++) {
    await onScreen();
    for (const group of shadow(el).querySelectorAll<HTMLElement>('.q')) {
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      const name = radios[0]?.name;
      if (name && radios.length) {
        const target = radios.find(r => r.value === answers[name]);
        if (target && !target.checked) target.click();
        else if (!target && !radios.some(r => r.checked))
          (radios.find(r => r.value === 'unknown') ?? radios[0]!).click();
      }
      const area = group.querySelector<HTMLTextAreaElement>('textarea');
      if (area && !area.value) {
        area.value = answers[area.name] ?? 'Not recorded yet';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        area.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    await el.updateComplete;
    // The page hears the last answer's change event and holds the check before Continue is pressed.
    await new Promise(r => setTimeout(r, 20));
    if (held(root)) break;
    await proceed(el);
  }
  if (!held(root)) throw new Error('the page never held the check back');
}
