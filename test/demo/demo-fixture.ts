// Mounts the trainer demo app into the test page, with its stylesheet, and drives it as a trainer would.
import type { BailCheckRecord } from '../../src/core.js';
import { mountDemo, type DemoApp } from '../../demo/app.js';
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

/** Mounts the demo on `caseId` (default: the review's case) and waits for the element to be ready. */
export async function mountPage(initialCaseId?: string): Promise<MountedDemo> {
  await loadStylesheet();
  const root = document.createElement('div');
  document.body.append(root);
  const app = mountDemo(root, initialCaseId ? { initialCaseId } : {});
  mounted = { app, root };
  await nextEvent(app.element, 'bail-check-ready');
  await app.element.updateComplete;
  return mounted;
}

export function unmountPage() {
  mounted?.app.destroy();
  mounted?.root.remove();
  mounted = undefined;
}

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

/** Picks a case in the trainer controls and presses "Start this case". */
export async function startCase(root: HTMLElement, id: string) {
  const select = $<HTMLSelectElement>(root, '#case-select');
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  $<HTMLButtonElement>(root, '.case-picker button[type=submit]').click();
  await new Promise(r => setTimeout(r));
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
  const complete = nextEvent(el, 'bail-check-complete', 60_000);
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
